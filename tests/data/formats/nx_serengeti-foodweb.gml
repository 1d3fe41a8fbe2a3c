graph [
  directed 1
  node [
    id 0
    label "Abutilon spp."
    code "ABU"
    group 13
    graphics [
      x -228.1276590930931
      y -125.87675494117002
    ]
  ]
  node [
    id 1
    label "Acalypha fruticosa"
    code "ACAFRU"
    group 13
    graphics [
      x -227.0490816285814
      y -132.3630409202378
    ]
  ]
  node [
    id 2
    label "Acacia robusta"
    code "ACAROB"
    group 13
    graphics [
      x -232.14093858658575
      y -134.7694393872267
    ]
  ]
  node [
    id 3
    label "Acacia senegal"
    code "ACASEN"
    group 12
    graphics [
      x -229.75754497792494
      y -142.99677266109668
    ]
  ]
  node [
    id 4
    label "Acacia seyal"
    code "ACASEY"
    group 11
    graphics [
      x -236.19323601540015
      y -140.7823656454489
    ]
  ]
  node [
    id 5
    label "Acacia tortilis"
    code "ACATOR"
    group 9
    graphics [
      x -225.44066535485783
      y -138.5046796218229
    ]
  ]
  node [
    id 6
    label "Acacia xanthophloea"
    code "ACAXAN"
    group 11
    graphics [
      x -241.69872059588286
      y -143.77819725215596
    ]
  ]
  node [
    id 7
    label "Achyranthes aspera"
    code "ACHASP"
    group 13
    graphics [
      x -211.80760822563832
      y -124.7481914622406
    ]
  ]
  node [
    id 8
    label "Acinonyx jubatus"
    code "ACIJUB"
    group 1
    graphics [
      x -212.89427062151404
      y -144.66104770883547
    ]
  ]
  node [
    id 9
    label "Aepyceros melampus"
    code "AEPMEL"
    group 4
    graphics [
      x -220.4342549306394
      y -142.64049607190293
    ]
  ]
  node [
    id 10
    label "Albizia harveyi"
    code "ALBHAR"
    group 13
    graphics [
      x -233.08362845893086
      y -130.42516535194466
    ]
  ]
  node [
    id 11
    label "Albuca spp."
    code "ALBU"
    group 13
    graphics [
      x -227.68317264488326
      y -117.27110818028845
    ]
  ]
  node [
    id 12
    label "Alcelaphus buselaphus"
    code "ALCBUS"
    group 4
    graphics [
      x -216.01318180462079
      y -142.84588190712563
    ]
  ]
  node [
    id 13
    label "Allophylus rubifolius"
    code "ALLRUB"
    group 13
    graphics [
      x -220.55930677837605
      y -129.4715296313358
    ]
  ]
  node [
    id 14
    label "Aloe macrosiphon"
    code "ALOMAC"
    group 13
    graphics [
      x -216.44826498525043
      y -127.40092976642536
    ]
  ]
  node [
    id 15
    label "Aloe secundiflora"
    code "ALOSEC"
    group 13
    graphics [
      x -220.12981147754056
      y -118.05659419116222
    ]
  ]
  node [
    id 16
    label "Andropogon greenwayi"
    code "ANDGRE"
    group 9
    graphics [
      x -222.13511726076345
      y -142.5880317984811
    ]
  ]
  node [
    id 17
    label "Andropogon schirensis"
    code "ANDSCH"
    group 11
    graphics [
      x -211.34014052237092
      y -157.17456332469817
    ]
  ]
  node [
    id 18
    label "Aristida spp."
    code "ARI"
    group 9
    graphics [
      x -217.77433995713346
      y -135.15917672663716
    ]
  ]
  node [
    id 19
    label "Balanites aegyptiaca"
    code "BALAEG"
    group 9
    graphics [
      x -224.51714568808293
      y -136.395456398624
    ]
  ]
  node [
    id 20
    label "Blepharis acanthodioides"
    code "BLEACA"
    group 13
    graphics [
      x -222.51968603097512
      y -122.80602219114982
    ]
  ]
  node [
    id 21
    label "Boscia augustifolia"
    code "BOSAUG"
    group 14
    graphics [
      x -205.39685191206593
      y -129.2142147290604
    ]
  ]
  node [
    id 22
    label "Bothriochloa insculpta"
    code "BOTINS"
    group 9
    graphics [
      x -219.0801026788276
      y -141.3136495394022
    ]
  ]
  node [
    id 23
    label "Brachiaria semiundulata"
    code "BRASEM"
    group 9
    graphics [
      x -215.93258538328718
      y -135.58329395320217
    ]
  ]
  node [
    id 24
    label "Canis aureus"
    code "CANAUR"
    group 2
    graphics [
      x -209.79101214070425
      y -143.92778173815464
    ]
  ]
  node [
    id 25
    label "Canis mesomelas"
    code "CANMES"
    group 2
    graphics [
      x -208.06521996537705
      y -135.37546292327255
    ]
  ]
  node [
    id 26
    label "Capparis tomentosa"
    code "CAPTOM"
    group 13
    graphics [
      x -226.46551935774033
      y -134.36015790446191
    ]
  ]
  node [
    id 27
    label "Caracal caracal"
    code "CARCAR"
    group 2
    graphics [
      x -210.83650553892528
      y -132.62997323378778
    ]
  ]
  node [
    id 28
    label "Pennisetum ciliare"
    code "CECCIL"
    group 13
    graphics [
      x -215.27622296184936
      y -125.49065017614636
    ]
  ]
  node [
    id 29
    label "Chloris gayana"
    code "CHLGAY"
    group 8
    graphics [
      x -220.39157664050174
      y -150.94780977855157
    ]
  ]
  node [
    id 30
    label "Chloris pycnothrix"
    code "CHLPYC"
    group 11
    graphics [
      x -208.96466163831832
      y -129.43624874942705
    ]
  ]
  node [
    id 31
    label "Chloris roxburghiana"
    code "CHLROX"
    group 11
    graphics [
      x -218.52802540115286
      y -154.30362896995834
    ]
  ]
  node [
    id 32
    label "Cissus quadrangularis"
    code "CISQUA"
    group 13
    graphics [
      x -230.54009253547562
      y -126.60458744827079
    ]
  ]
  node [
    id 33
    label "Cissus rotundifolia"
    code "CISROT"
    group 13
    graphics [
      x -229.8648654485567
      y -134.9631894631732
    ]
  ]
  node [
    id 34
    label "Commelina africana"
    code "COMMEAFR"
    group 13
    graphics [
      x -223.2867045264448
      y -125.91781428860742
    ]
  ]
  node [
    id 35
    label "Commiphora merkeri"
    code "COMMER"
    group 13
    graphics [
      x -236.07392479403472
      y -130.3399425148781
    ]
  ]
  node [
    id 36
    label "Commiphora trothae"
    code "COMMIAFR"
    group 14
    graphics [
      x -231.1962519377123
      y -138.11562755209403
    ]
  ]
  node [
    id 37
    label "Combretum molle"
    code "COMMOL"
    group 8
    graphics [
      x -227.84267523489905
      y -139.9669671854106
    ]
  ]
  node [
    id 38
    label "Commiphora schimperi"
    code "COMSCH"
    group 13
    graphics [
      x -230.01199773815986
      y -124.24304753141082
    ]
  ]
  node [
    id 39
    label "Connochaetes taurinus"
    code "CONTAU"
    group 4
    graphics [
      x -215.31845767382953
      y -141.29924916876902
    ]
  ]
  node [
    id 40
    label "Cordia ovalis"
    code "COROVA"
    group 13
    graphics [
      x -221.4734576465472
      y -131.78381783940566
    ]
  ]
  node [
    id 41
    label "Crocuta crocuta"
    code "CROCRO"
    group 1
    graphics [
      x -214.8705496681759
      y -145.27419452087815
    ]
  ]
  node [
    id 42
    label "Croton dichogamus"
    code "CRODIC"
    group 13
    graphics [
      x -229.28717151290698
      y -132.9642857947998
    ]
  ]
  node [
    id 43
    label "Croton macrostachyus"
    code "CROMAC"
    group 9
    graphics [
      x -225.01511603885
      y -140.70821709885632
    ]
  ]
  node [
    id 44
    label "Crotalaria spinosa"
    code "CROSPI"
    group 11
    graphics [
      x -237.5451499021738
      y -149.25035354073688
    ]
  ]
  node [
    id 45
    label "Cymbopogon excavatus"
    code "CYMEXC"
    group 11
    graphics [
      x -213.26086981978312
      y -159.90663111687297
    ]
  ]
  node [
    id 46
    label "Cynodon dactylon"
    code "CYNDAC"
    group 9
    graphics [
      x -218.64424967630177
      y -139.05285198447578
    ]
  ]
  node [
    id 47
    label "Cyperus spp."
    code "CYP"
    group 13
    graphics [
      x -225.02772540110348
      y -113.64499257265938
    ]
  ]
  node [
    id 48
    label "Cyphostemma spp."
    code "CYPH"
    group 13
    graphics [
      x -231.56343556977836
      y -120.8625027590964
    ]
  ]
  node [
    id 49
    label "Damaliscus korrigum"
    code "DAMKOR"
    group 3
    graphics [
      x -213.3132089248443
      y -141.41355554913844
    ]
  ]
  node [
    id 50
    label "Digitaria diagonalis"
    code "DIGDIA"
    group 8
    graphics [
      x -205.62809954131234
      y -137.9171376132011
    ]
  ]
  node [
    id 51
    label "Digitaria macroblephara"
    code "DIGMAC"
    group 9
    graphics [
      x -213.45331267493432
      y -137.0644945721717
    ]
  ]
  node [
    id 52
    label "Digitaria milanjiana"
    code "DIGMIL"
    group 11
    graphics [
      x -231.68234400639864
      y -150.4107451078552
    ]
  ]
  node [
    id 53
    label "Digitaria scalarum"
    code "DIGSCA"
    group 7
    graphics [
      x -210.0605795470591
      y -146.3869897487549
    ]
  ]
  node [
    id 54
    label "Digitaria ternata"
    code "DIGTER"
    group 11
    graphics [
      x -211.2295329978926
      y -135.9560622700979
    ]
  ]
  node [
    id 55
    label "Digitaria velutina"
    code "DIGVEL"
    group 13
    graphics [
      x -236.2972453640007
      y -134.81167377051221
    ]
  ]
  node [
    id 56
    label "Diheteropogon amplectens"
    code "DIHAMP"
    group 13
    graphics [
      x -212.4235774153388
      y -116.76619796869082
    ]
  ]
  node [
    id 57
    label "Dinebra retroflexa"
    code "DINRET"
    group 7
    graphics [
      x -209.02523800864037
      y -140.7781328645541
    ]
  ]
  node [
    id 58
    label "Duosperma kilimandscharica"
    code "DUOKIL"
    group 8
    graphics [
      x -216.22768015994717
      y -152.34511339297427
    ]
  ]
  node [
    id 59
    label "Echinochloa haploclada"
    code "ECHHAP"
    group 11
    graphics [
      x -227.44872572655314
      y -150.1401350104662
    ]
  ]
  node [
    id 60
    label "Emilia coccinea"
    code "EMICOC"
    group 13
    graphics [
      x -224.18696666874055
      y -119.9223865326471
    ]
  ]
  node [
    id 61
    label "Equus quagga"
    code "EQUBUR"
    group 4
    graphics [
      x -217.2786201222541
      y -141.18322962075962
    ]
  ]
  node [
    id 62
    label "Eragrostis aspera"
    code "ERAASP"
    group 13
    graphics [
      x -211.91839265392534
      y -119.73607965298007
    ]
  ]
  node [
    id 63
    label "Eragrostis cilianensis"
    code "ERACIL"
    group 8
    graphics [
      x -206.4178279751604
      y -143.3297676317045
    ]
  ]
  node [
    id 64
    label "Eragrostis exasperata"
    code "ERAEXA"
    group 11
    graphics [
      x -205.9927215786294
      y -146.9473575701825
    ]
  ]
  node [
    id 65
    label "Eragrostis tenuifolia"
    code "ERATEN"
    group 9
    graphics [
      x -213.74398358357104
      y -134.88420198093166
    ]
  ]
  node [
    id 66
    label "Eriochloa nubica"
    code "ERINUB"
    group 13
    graphics [
      x -218.5504240471605
      y -114.4994676164744
    ]
  ]
  node [
    id 67
    label "Euphorbia candelabrum"
    code "EUPCAN"
    group 11
    graphics [
      x -238.17407420978964
      y -144.9462391669758
    ]
  ]
  node [
    id 68
    label "Eustachys paspaloides"
    code "EUSPAS"
    group 9
    graphics [
      x -213.66792774821832
      y -147.31214333036291
    ]
  ]
  node [
    id 69
    label "Ficus glumosa"
    code "FICGLU"
    group 13
    graphics [
      x -220.81446908748754
      y -125.5147178032422
    ]
  ]
  node [
    id 70
    label "Ficus ingens"
    code "FICING"
    group 13
    graphics [
      x -225.7675632676358
      y -125.16176614232455
    ]
  ]
  node [
    id 71
    label "Ficus thonningii"
    code "FICTHI"
    group 13
    graphics [
      x -237.27222653556507
      y -121.84058934904724
    ]
  ]
  node [
    id 72
    label "Nanger granti"
    code "GAZGRA"
    group 4
    graphics [
      x -216.3654685433775
      y -140.05235548667187
    ]
  ]
  node [
    id 73
    label "Eudorcas thomsonii"
    code "GAZTHO"
    group 4
    graphics [
      x -214.33043602596064
      y -139.859777486796
    ]
  ]
  node [
    id 74
    label "Giraffa camelopardalis"
    code "GIRCAM"
    group 6
    graphics [
      x -227.73482189474882
      y -136.42307924351005
    ]
  ]
  node [
    id 75
    label "Grewia bicolor"
    code "GREBIC"
    group 9
    graphics [
      x -225.84233868713048
      y -142.74072827240468
    ]
  ]
  node [
    id 76
    label "Grewia fallax"
    code "GREFAL"
    group 13
    graphics [
      x -228.28830189073977
      y -128.44942652682337
    ]
  ]
  node [
    id 77
    label "Grewia trichocarpa"
    code "GRETRI"
    group 13
    graphics [
      x -223.6408225561471
      y -129.24649000530414
    ]
  ]
  node [
    id 78
    label "Harpachne schimperi"
    code "HARSCH"
    group 9
    graphics [
      x -215.30463950230214
      y -138.00727199428746
    ]
  ]
  node [
    id 79
    label "Heliotropium steudneri"
    code "HELSTE"
    group 13
    graphics [
      x -232.73503193395553
      y -116.11646471947722
    ]
  ]
  node [
    id 80
    label "Heterohyrax brucei"
    code "HETBRU"
    group 5
    graphics [
      x -225.55925342679348
      y -127.9427188604409
    ]
  ]
  node [
    id 81
    label "Heteropogon contortus"
    code "HETCON"
    group 9
    graphics [
      x -221.23421407898311
      y -140.910195016008
    ]
  ]
  node [
    id 82
    label "Hibiscus spp."
    code "HIB"
    group 9
    graphics [
      x -222.52258228833412
      y -135.07308099420536
    ]
  ]
  node [
    id 83
    label "Hibiscus lunariifolius"
    code "HIBLUN"
    group 13
    graphics [
      x -223.51154988736272
      y -131.2463137104124
    ]
  ]
  node [
    id 84
    label "Hippopotamus amphibius"
    code "HIPAMP"
    group 3
    graphics [
      x -225.63826946880795
      y -146.4158992503459
    ]
  ]
  node [
    id 85
    label "Hoslundia opposita"
    code "HOSOPP"
    group 13
    graphics [
      x -217.31227241979587
      y -122.8544127250701
    ]
  ]
  node [
    id 86
    label "Hyperthelia dissoluta"
    code "HYPDIS"
    group 11
    graphics [
      x -207.00611727481336
      y -156.60106310614037
    ]
  ]
  node [
    id 87
    label "Hyparrhenia filipendula"
    code "HYPFIL"
    group 9
    graphics [
      x -223.58798241765174
      y -144.12087205420335
    ]
  ]
  node [
    id 88
    label "Hypoestes forskaolii"
    code "HYPFOR"
    group 13
    graphics [
      x -228.98823996317284
      y -121.0763666899631
    ]
  ]
  node [
    id 89
    label "Hyparrhenia rufa"
    code "HYPRUF"
    group 7
    graphics [
      x -211.07573457500988
      y -142.12203609891316
    ]
  ]
  node [
    id 90
    label "Iboza spp."
    code "IBO"
    group 13
    graphics [
      x -232.88477617292804
      y -126.14985362143375
    ]
  ]
  node [
    id 91
    label "Indigofera basiflora"
    code "INDBAS"
    group 13
    graphics [
      x -219.0833100827317
      y -127.33873873045007
    ]
  ]
  node [
    id 92
    label "Indigofera hochstetteri"
    code "INDHOC"
    group 9
    graphics [
      x -220.0360847711539
      y -135.07747464284253
    ]
  ]
  node [
    id 93
    label "Ipomoea obscura"
    code "IPOOBS"
    group 13
    graphics [
      x -233.56506394980687
      y -132.7794792047421
    ]
  ]
  node [
    id 94
    label "Jasminum spp."
    code "JAS"
    group 13
    graphics [
      x -226.70494408098105
      y -119.93109603197226
    ]
  ]
  node [
    id 95
    label "Kalanchoe spp."
    code "KAL"
    group 13
    graphics [
      x -214.68068119847572
      y -123.0750391460453
    ]
  ]
  node [
    id 96
    label "Kedrostis foetidissima"
    code "KEDFOE"
    group 13
    graphics [
      x -225.22291418340032
      y -117.38165862025275
    ]
  ]
  node [
    id 97
    label "Kigelia africana"
    code "KIGAFR"
    group 11
    graphics [
      x -240.59053217838567
      y -147.34877921472093
    ]
  ]
  node [
    id 98
    label "Kobus ellipsiprymnus"
    code "KOBELL"
    group 3
    graphics [
      x -217.71399366497022
      y -148.96037062279748
    ]
  ]
  node [
    id 99
    label "Kyllinga nervosa"
    code "KYLNER"
    group 13
    graphics [
      x -221.47194300986172
      y -113.56675203200422
    ]
  ]
  node [
    id 100
    label "Leptailurus serval"
    code "LEPSER"
    group 2
    graphics [
      x -211.0385462385161
      y -151.136579004002
    ]
  ]
  node [
    id 101
    label "Lippia ukambensis"
    code "LIPUKA"
    group 13
    graphics [
      x -238.59827183868646
      y -125.1462853797563
    ]
  ]
  node [
    id 102
    label "Lonchocarpus eriocalyx"
    code "LONERI"
    group 11
    graphics [
      x -228.03486639214634
      y -159.06618508827887
    ]
  ]
  node [
    id 103
    label "Loxodonta africana"
    code "LOXAFR"
    group 6
    graphics [
      x -224.6858841455097
      y -132.89181067451912
    ]
  ]
  node [
    id 104
    label "Lycaon pictus"
    code "LYCPIC"
    group 1
    graphics [
      x -216.60722158725017
      y -145.2092142350612
    ]
  ]
  node [
    id 105
    label "Madoqua kirkii"
    code "MADKIR"
    group 6
    graphics [
      x -218.18046698877143
      y -133.11542984986048
    ]
  ]
  node [
    id 106
    label "Maerua cafra"
    code "MAETRI"
    group 13
    graphics [
      x -225.98020466571697
      y -130.2956349210139
    ]
  ]
  node [
    id 107
    label "Microchloa kunthii"
    code "MICKUN"
    group 8
    graphics [
      x -213.29141482853328
      y -132.65782428463717
    ]
  ]
  node [
    id 108
    label "Ocimum spp."
    code "OCI"
    group 13
    graphics [
      x -219.78175371421924
      y -123.11176196347986
    ]
  ]
  node [
    id 109
    label "Olea spp."
    code "OLE"
    group 11
    graphics [
      x -239.8937611217864
      y -136.44388083234668
    ]
  ]
  node [
    id 110
    label "Ourebia ourebi"
    code "OUROUR"
    group 3
    graphics [
      x -219.8643495756428
      y -147.68164211544925
    ]
  ]
  node [
    id 111
    label "Panicum coloratum"
    code "PANCOL"
    group 9
    graphics [
      x -220.0439945216694
      y -145.5640230928392
    ]
  ]
  node [
    id 112
    label "Panicum deustum"
    code "PANDEU"
    group 11
    graphics [
      x -233.09125145285876
      y -147.82316051805162
    ]
  ]
  node [
    id 113
    label "Panthera leo"
    code "PANLEO"
    group 1
    graphics [
      x -218.80123307841532
      y -144.15039451490776
    ]
  ]
  node [
    id 114
    label "Panicum maximum"
    code "PANMAX"
    group 9
    graphics [
      x -222.8072872321867
      y -139.16575992240698
    ]
  ]
  node [
    id 115
    label "Panthera pardus"
    code "PANPAR"
    group 1
    graphics [
      x -217.64995822943854
      y -142.7545387281391
    ]
  ]
  node [
    id 116
    label "Panicum repens"
    code "PANREP"
    group 11
    graphics [
      x -233.55168837690087
      y -154.43973400268828
    ]
  ]
  node [
    id 117
    label "Papio anubis"
    code "PAPANU"
    group 6
    graphics [
      x -230.3353106916247
      y -140.74824214646014
    ]
  ]
  node [
    id 118
    label "Pappea capensis"
    code "PAPCAP"
    group 13
    graphics [
      x -224.99523921174386
      y -122.93443952757488
    ]
  ]
  node [
    id 119
    label "Pavetta assimilis"
    code "PAVASS"
    group 13
    graphics [
      x -230.9518267522078
      y -129.08961217556234
    ]
  ]
  node [
    id 120
    label "Pavonia patens"
    code "PAVPAT"
    group 13
    graphics [
      x -221.4947795429451
      y -120.15296809252727
    ]
  ]
  node [
    id 121
    label "Pedetes capensis"
    code "PEDCAP"
    group 3
    graphics [
      x -210.46705124746248
      y -138.25286757918835
    ]
  ]
  node [
    id 122
    label "Pellaea calomelanos"
    code "PELCAL"
    group 13
    graphics [
      x -215.64383189980396
      y -114.91207763915682
    ]
  ]
  node [
    id 123
    label "Pennisetum mezianum"
    code "PENMEZ"
    group 9
    graphics [
      x -217.40485724414853
      y -136.9228473558328
    ]
  ]
  node [
    id 124
    label "Pennisetum stramineum"
    code "PENSTR"
    group 10
    graphics [
      x -215.95028277296996
      y -130.65316834241034
    ]
  ]
  node [
    id 125
    label "Phacochoerus africanus"
    code "PHAAET"
    group 3
    graphics [
      x -217.8488212924683
      y -146.86307510987774
    ]
  ]
  node [
    id 126
    label "Phragmites mauritianus"
    code "PHRMAU"
    group 11
    graphics [
      x -216.42737374685305
      y -159.51640006564003
    ]
  ]
  node [
    id 127
    label "Phyllanthus sepialis"
    code "PHYSEP"
    group 13
    graphics [
      x -229.1008756287262
      y -130.41835473593147
    ]
  ]
  node [
    id 128
    label "Procavia capensis"
    code "PROCAP"
    group 5
    graphics [
      x -221.8101594728068
      y -127.57322787563312
    ]
  ]
  node [
    id 129
    label "Psilolemma jaegeri"
    code "PSIJAE"
    group 11
    graphics [
      x -201.29078842343696
      y -144.25728047733477
    ]
  ]
  node [
    id 130
    label "Pupalia lappacea"
    code "PUPLAP"
    group 13
    graphics [
      x -229.77659446176432
      y -118.68525521355568
    ]
  ]
  node [
    id 131
    label "Redunca redunca"
    code "REDRED"
    group 3
    graphics [
      x -215.08741919276025
      y -149.0685539318684
    ]
  ]
  node [
    id 132
    label "Rhabdomys pumilio"
    code "RHAPUM"
    group 3
    graphics [
      x -214.1818599426355
      y -143.2136040290666
    ]
  ]
  node [
    id 133
    label "Rhoicissus revoilii"
    code "RHOREV"
    group 13
    graphics [
      x -214.02484406989126
      y -128.39799401201006
    ]
  ]
  node [
    id 134
    label "Sarga versicolor"
    code "SARVER"
    group 11
    graphics [
      x -241.60190724386683
      y -140.46347734082877
    ]
  ]
  node [
    id 135
    label "Sclerocarya birrea"
    code "SCLBIR"
    group 13
    graphics [
      x -231.14938404478227
      y -132.08885292099419
    ]
  ]
  node [
    id 136
    label "Senna didymobotrya"
    code "SENDID"
    group 13
    graphics [
      x -218.31918925169654
      y -119.97826749387684
    ]
  ]
  node [
    id 137
    label "Sansevieria ehrenbergii"
    code "SENEHR"
    group 13
    graphics [
      x -218.341562983014
      y -129.6547433455629
    ]
  ]
  node [
    id 138
    label "Sansevieria suffruticosa"
    code "SENSUF"
    group 13
    graphics [
      x -232.88788453676725
      y -123.07747422007631
    ]
  ]
  node [
    id 139
    label "Setaria pallidefusca"
    code "SETPAL"
    group 11
    graphics [
      x -224.648235440652
      y -159.15729985027465
    ]
  ]
  node [
    id 140
    label "Setaria sphacelata"
    code "SETSPH"
    group 11
    graphics [
      x -230.39451817660242
      y -156.82512505044969
    ]
  ]
  node [
    id 141
    label "Sida spp."
    code "SID"
    group 9
    graphics [
      x -219.52142777618897
      y -137.1155460943863
    ]
  ]
  node [
    id 142
    label "Solanum dennekense"
    code "SOLDEN"
    group 13
    graphics [
      x -217.8880104040711
      y -125.05932908346925
    ]
  ]
  node [
    id 143
    label "Solanum incanum"
    code "SOLINC"
    group 9
    graphics [
      x -221.70846876731648
      y -136.9474204010252
    ]
  ]
  node [
    id 144
    label "Solanum nigrum"
    code "SOLNIG"
    group 13
    graphics [
      x -211.05127813117548
      y -127.20928107618505
    ]
  ]
  node [
    id 145
    label "Sporobolus festivus"
    code "SPOFES"
    group 8
    graphics [
      x -224.1970079574249
      y -154.03212508107316
    ]
  ]
  node [
    id 146
    label "Sporobolus fimbriatus"
    code "SPOFIM"
    group 8
    graphics [
      x -205.0862061731069
      y -140.60390574199334
    ]
  ]
  node [
    id 147
    label "Sporobolus ioclados"
    code "SPOIOC"
    group 9
    graphics [
      x -223.0259872194242
      y -141.2899372934106
    ]
  ]
  node [
    id 148
    label "Sporobolus pellucidus"
    code "SPOPEL"
    group 13
    graphics [
      x -215.2652650852131
      y -117.95785061722222
    ]
  ]
  node [
    id 149
    label "Sporobolus pyramidalis"
    code "SPOPYR"
    group 9
    graphics [
      x -221.63572834612071
      y -144.64740279781924
    ]
  ]
  node [
    id 150
    label "Sporobolus spicatus"
    code "SPOSPI"
    group 8
    graphics [
      x -207.8563019426367
      y -149.31158018617452
    ]
  ]
  node [
    id 151
    label "Sporobolus stapfianus"
    code "SPOSTA"
    group 13
    graphics [
      x -209.4036280061034
      y -121.61684314305474
    ]
  ]
  node [
    id 152
    label "Syncerus caffer"
    code "SYNCAF"
    group 6
    graphics [
      x -221.06657972151558
      y -138.75128988093604
    ]
  ]
  node [
    id 153
    label "Taurotragus oryx"
    code "TAUORY"
    group 3
    graphics [
      x -224.12448997683617
      y -148.40220857938746
    ]
  ]
  node [
    id 154
    label "Themeda triandra"
    code "THETRI"
    group 9
    graphics [
      x -220.12236324859217
      y -139.8945426208336
    ]
  ]
  node [
    id 155
    label "Tragelaphus scriptus"
    code "TRASCR"
    group 3
    graphics [
      x -222.13007860771475
      y -148.29951920243357
    ]
  ]
  node [
    id 156
    label "Tricholaena teneriffae"
    code "TRIEIC"
    group 13
    graphics [
      x -235.49573793656873
      y -118.85632451682231
    ]
  ]
  node [
    id 157
    label "Turraea fischeri"
    code "TURFIS"
    group 13
    graphics [
      x -222.72881323941326
      y -117.46327770801804
    ]
  ]
  node [
    id 158
    label "Typha capensis"
    code "TYPCAP"
    group 11
    graphics [
      x -219.7076985641032
      y -159.92846373992114
    ]
  ]
  node [
    id 159
    label "Ximenia caffra"
    code "XIMCAF"
    group 13
    graphics [
      x -227.5281638839301
      y -123.38309990472759
    ]
  ]
  node [
    id 160
    label "Ziziphus spp."
    code "ZIZ"
    group 13
    graphics [
      x -235.20593308499528
      y -127.61645559521331
    ]
  ]
  edge [
    source 0
    target 80
  ]
  edge [
    source 0
    target 103
  ]
  edge [
    source 0
    target 128
  ]
  edge [
    source 1
    target 80
  ]
  edge [
    source 1
    target 103
  ]
  edge [
    source 1
    target 105
  ]
  edge [
    source 1
    target 117
  ]
  edge [
    source 1
    target 128
  ]
  edge [
    source 2
    target 74
  ]
  edge [
    source 2
    target 80
  ]
  edge [
    source 2
    target 117
  ]
  edge [
    source 2
    target 128
  ]
  edge [
    source 3
    target 9
  ]
  edge [
    source 3
    target 74
  ]
  edge [
    source 3
    target 103
  ]
  edge [
    source 3
    target 117
  ]
  edge [
    source 4
    target 74
  ]
  edge [
    source 4
    target 117
  ]
  edge [
    source 5
    target 9
  ]
  edge [
    source 5
    target 74
  ]
  edge [
    source 5
    target 80
  ]
  edge [
    source 5
    target 98
  ]
  edge [
    source 5
    target 103
  ]
  edge [
    source 5
    target 128
  ]
  edge [
    source 5
    target 153
  ]
  edge [
    source 6
    target 117
  ]
  edge [
    source 7
    target 105
  ]
  edge [
    source 7
    target 128
  ]
  edge [
    source 8
    target 115
  ]
  edge [
    source 9
    target 8
  ]
  edge [
    source 9
    target 41
  ]
  edge [
    source 9
    target 104
  ]
  edge [
    source 9
    target 113
  ]
  edge [
    source 9
    target 115
  ]
  edge [
    source 10
    target 80
  ]
  edge [
    source 10
    target 117
  ]
  edge [
    source 10
    target 128
  ]
  edge [
    source 11
    target 80
  ]
  edge [
    source 11
    target 128
  ]
  edge [
    source 12
    target 41
  ]
  edge [
    source 12
    target 104
  ]
  edge [
    source 12
    target 113
  ]
  edge [
    source 12
    target 115
  ]
  edge [
    source 13
    target 80
  ]
  edge [
    source 13
    target 103
  ]
  edge [
    source 13
    target 105
  ]
  edge [
    source 13
    target 128
  ]
  edge [
    source 14
    target 80
  ]
  edge [
    source 14
    target 105
  ]
  edge [
    source 14
    target 128
  ]
  edge [
    source 15
    target 80
  ]
  edge [
    source 15
    target 128
  ]
  edge [
    source 16
    target 9
  ]
  edge [
    source 16
    target 12
  ]
  edge [
    source 16
    target 39
  ]
  edge [
    source 16
    target 72
  ]
  edge [
    source 16
    target 73
  ]
  edge [
    source 16
    target 103
  ]
  edge [
    source 16
    target 105
  ]
  edge [
    source 16
    target 110
  ]
  edge [
    source 16
    target 117
  ]
  edge [
    source 16
    target 125
  ]
  edge [
    source 16
    target 152
  ]
  edge [
    source 17
    target 98
  ]
  edge [
    source 18
    target 9
  ]
  edge [
    source 18
    target 12
  ]
  edge [
    source 18
    target 39
  ]
  edge [
    source 18
    target 49
  ]
  edge [
    source 18
    target 61
  ]
  edge [
    source 18
    target 72
  ]
  edge [
    source 18
    target 73
  ]
  edge [
    source 18
    target 80
  ]
  edge [
    source 18
    target 103
  ]
  edge [
    source 18
    target 105
  ]
  edge [
    source 18
    target 121
  ]
  edge [
    source 18
    target 128
  ]
  edge [
    source 18
    target 152
  ]
  edge [
    source 19
    target 72
  ]
  edge [
    source 19
    target 73
  ]
  edge [
    source 19
    target 74
  ]
  edge [
    source 19
    target 80
  ]
  edge [
    source 19
    target 103
  ]
  edge [
    source 19
    target 117
  ]
  edge [
    source 20
    target 103
  ]
  edge [
    source 20
    target 128
  ]
  edge [
    source 21
    target 105
  ]
  edge [
    source 22
    target 12
  ]
  edge [
    source 22
    target 39
  ]
  edge [
    source 22
    target 49
  ]
  edge [
    source 22
    target 61
  ]
  edge [
    source 22
    target 72
  ]
  edge [
    source 22
    target 73
  ]
  edge [
    source 22
    target 84
  ]
  edge [
    source 22
    target 128
  ]
  edge [
    source 22
    target 132
  ]
  edge [
    source 22
    target 153
  ]
  edge [
    source 23
    target 9
  ]
  edge [
    source 23
    target 12
  ]
  edge [
    source 23
    target 39
  ]
  edge [
    source 23
    target 49
  ]
  edge [
    source 23
    target 61
  ]
  edge [
    source 23
    target 73
  ]
  edge [
    source 23
    target 103
  ]
  edge [
    source 23
    target 128
  ]
  edge [
    source 23
    target 152
  ]
  edge [
    source 24
    target 115
  ]
  edge [
    source 25
    target 115
  ]
  edge [
    source 26
    target 80
  ]
  edge [
    source 26
    target 103
  ]
  edge [
    source 26
    target 105
  ]
  edge [
    source 26
    target 117
  ]
  edge [
    source 26
    target 128
  ]
  edge [
    source 28
    target 80
  ]
  edge [
    source 28
    target 105
  ]
  edge [
    source 28
    target 128
  ]
  edge [
    source 29
    target 9
  ]
  edge [
    source 29
    target 39
  ]
  edge [
    source 29
    target 84
  ]
  edge [
    source 29
    target 98
  ]
  edge [
    source 29
    target 125
  ]
  edge [
    source 30
    target 121
  ]
  edge [
    source 30
    target 128
  ]
  edge [
    source 31
    target 132
  ]
  edge [
    source 31
    target 153
  ]
  edge [
    source 32
    target 80
  ]
  edge [
    source 32
    target 103
  ]
  edge [
    source 32
    target 128
  ]
  edge [
    source 33
    target 80
  ]
  edge [
    source 33
    target 103
  ]
  edge [
    source 33
    target 117
  ]
  edge [
    source 33
    target 128
  ]
  edge [
    source 34
    target 80
  ]
  edge [
    source 34
    target 103
  ]
  edge [
    source 34
    target 105
  ]
  edge [
    source 34
    target 128
  ]
  edge [
    source 35
    target 80
  ]
  edge [
    source 35
    target 103
  ]
  edge [
    source 36
    target 74
  ]
  edge [
    source 36
    target 105
  ]
  edge [
    source 36
    target 117
  ]
  edge [
    source 37
    target 9
  ]
  edge [
    source 37
    target 128
  ]
  edge [
    source 37
    target 153
  ]
  edge [
    source 38
    target 80
  ]
  edge [
    source 38
    target 103
  ]
  edge [
    source 38
    target 128
  ]
  edge [
    source 39
    target 8
  ]
  edge [
    source 39
    target 24
  ]
  edge [
    source 39
    target 41
  ]
  edge [
    source 39
    target 104
  ]
  edge [
    source 39
    target 113
  ]
  edge [
    source 39
    target 115
  ]
  edge [
    source 40
    target 74
  ]
  edge [
    source 40
    target 80
  ]
  edge [
    source 40
    target 103
  ]
  edge [
    source 40
    target 105
  ]
  edge [
    source 40
    target 128
  ]
  edge [
    source 41
    target 113
  ]
  edge [
    source 42
    target 80
  ]
  edge [
    source 42
    target 103
  ]
  edge [
    source 42
    target 117
  ]
  edge [
    source 42
    target 128
  ]
  edge [
    source 43
    target 9
  ]
  edge [
    source 43
    target 49
  ]
  edge [
    source 43
    target 61
  ]
  edge [
    source 43
    target 74
  ]
  edge [
    source 43
    target 103
  ]
  edge [
    source 43
    target 152
  ]
  edge [
    source 44
    target 117
  ]
  edge [
    source 45
    target 98
  ]
  edge [
    source 46
    target 9
  ]
  edge [
    source 46
    target 12
  ]
  edge [
    source 46
    target 39
  ]
  edge [
    source 46
    target 49
  ]
  edge [
    source 46
    target 61
  ]
  edge [
    source 46
    target 72
  ]
  edge [
    source 46
    target 73
  ]
  edge [
    source 46
    target 80
  ]
  edge [
    source 46
    target 84
  ]
  edge [
    source 46
    target 98
  ]
  edge [
    source 46
    target 103
  ]
  edge [
    source 46
    target 121
  ]
  edge [
    source 46
    target 125
  ]
  edge [
    source 46
    target 128
  ]
  edge [
    source 46
    target 132
  ]
  edge [
    source 46
    target 152
  ]
  edge [
    source 46
    target 153
  ]
  edge [
    source 47
    target 128
  ]
  edge [
    source 48
    target 80
  ]
  edge [
    source 48
    target 128
  ]
  edge [
    source 49
    target 41
  ]
  edge [
    source 49
    target 104
  ]
  edge [
    source 49
    target 113
  ]
  edge [
    source 49
    target 115
  ]
  edge [
    source 50
    target 39
  ]
  edge [
    source 50
    target 73
  ]
  edge [
    source 50
    target 121
  ]
  edge [
    source 51
    target 12
  ]
  edge [
    source 51
    target 39
  ]
  edge [
    source 51
    target 61
  ]
  edge [
    source 51
    target 72
  ]
  edge [
    source 51
    target 73
  ]
  edge [
    source 51
    target 128
  ]
  edge [
    source 51
    target 132
  ]
  edge [
    source 51
    target 152
  ]
  edge [
    source 52
    target 117
  ]
  edge [
    source 52
    target 153
  ]
  edge [
    source 53
    target 12
  ]
  edge [
    source 53
    target 39
  ]
  edge [
    source 53
    target 72
  ]
  edge [
    source 53
    target 73
  ]
  edge [
    source 54
    target 98
  ]
  edge [
    source 54
    target 121
  ]
  edge [
    source 54
    target 128
  ]
  edge [
    source 55
    target 80
  ]
  edge [
    source 55
    target 117
  ]
  edge [
    source 56
    target 128
  ]
  edge [
    source 57
    target 12
  ]
  edge [
    source 57
    target 39
  ]
  edge [
    source 57
    target 61
  ]
  edge [
    source 57
    target 72
  ]
  edge [
    source 57
    target 73
  ]
  edge [
    source 58
    target 72
  ]
  edge [
    source 58
    target 153
  ]
  edge [
    source 59
    target 117
  ]
  edge [
    source 59
    target 125
  ]
  edge [
    source 59
    target 155
  ]
  edge [
    source 60
    target 80
  ]
  edge [
    source 60
    target 128
  ]
  edge [
    source 61
    target 24
  ]
  edge [
    source 61
    target 41
  ]
  edge [
    source 61
    target 104
  ]
  edge [
    source 61
    target 113
  ]
  edge [
    source 61
    target 115
  ]
  edge [
    source 62
    target 128
  ]
  edge [
    source 63
    target 39
  ]
  edge [
    source 63
    target 49
  ]
  edge [
    source 63
    target 73
  ]
  edge [
    source 64
    target 121
  ]
  edge [
    source 64
    target 125
  ]
  edge [
    source 65
    target 39
  ]
  edge [
    source 65
    target 61
  ]
  edge [
    source 65
    target 72
  ]
  edge [
    source 65
    target 73
  ]
  edge [
    source 65
    target 105
  ]
  edge [
    source 65
    target 128
  ]
  edge [
    source 65
    target 132
  ]
  edge [
    source 66
    target 128
  ]
  edge [
    source 67
    target 117
  ]
  edge [
    source 68
    target 12
  ]
  edge [
    source 68
    target 39
  ]
  edge [
    source 68
    target 61
  ]
  edge [
    source 68
    target 72
  ]
  edge [
    source 68
    target 73
  ]
  edge [
    source 68
    target 132
  ]
  edge [
    source 68
    target 153
  ]
  edge [
    source 69
    target 80
  ]
  edge [
    source 69
    target 103
  ]
  edge [
    source 69
    target 105
  ]
  edge [
    source 69
    target 128
  ]
  edge [
    source 70
    target 80
  ]
  edge [
    source 70
    target 103
  ]
  edge [
    source 70
    target 128
  ]
  edge [
    source 71
    target 80
  ]
  edge [
    source 72
    target 8
  ]
  edge [
    source 72
    target 24
  ]
  edge [
    source 72
    target 41
  ]
  edge [
    source 72
    target 104
  ]
  edge [
    source 72
    target 113
  ]
  edge [
    source 72
    target 115
  ]
  edge [
    source 73
    target 8
  ]
  edge [
    source 73
    target 24
  ]
  edge [
    source 73
    target 41
  ]
  edge [
    source 73
    target 104
  ]
  edge [
    source 73
    target 113
  ]
  edge [
    source 73
    target 115
  ]
  edge [
    source 74
    target 113
  ]
  edge [
    source 75
    target 9
  ]
  edge [
    source 75
    target 61
  ]
  edge [
    source 75
    target 72
  ]
  edge [
    source 75
    target 74
  ]
  edge [
    source 75
    target 103
  ]
  edge [
    source 75
    target 152
  ]
  edge [
    source 75
    target 153
  ]
  edge [
    source 76
    target 74
  ]
  edge [
    source 76
    target 80
  ]
  edge [
    source 76
    target 103
  ]
  edge [
    source 76
    target 128
  ]
  edge [
    source 77
    target 74
  ]
  edge [
    source 77
    target 80
  ]
  edge [
    source 77
    target 103
  ]
  edge [
    source 77
    target 105
  ]
  edge [
    source 77
    target 128
  ]
  edge [
    source 78
    target 9
  ]
  edge [
    source 78
    target 12
  ]
  edge [
    source 78
    target 39
  ]
  edge [
    source 78
    target 49
  ]
  edge [
    source 78
    target 61
  ]
  edge [
    source 78
    target 72
  ]
  edge [
    source 78
    target 73
  ]
  edge [
    source 78
    target 103
  ]
  edge [
    source 78
    target 121
  ]
  edge [
    source 78
    target 132
  ]
  edge [
    source 78
    target 152
  ]
  edge [
    source 79
    target 80
  ]
  edge [
    source 80
    target 115
  ]
  edge [
    source 81
    target 12
  ]
  edge [
    source 81
    target 61
  ]
  edge [
    source 81
    target 72
  ]
  edge [
    source 81
    target 73
  ]
  edge [
    source 81
    target 80
  ]
  edge [
    source 81
    target 84
  ]
  edge [
    source 81
    target 98
  ]
  edge [
    source 81
    target 105
  ]
  edge [
    source 81
    target 110
  ]
  edge [
    source 81
    target 117
  ]
  edge [
    source 81
    target 125
  ]
  edge [
    source 81
    target 128
  ]
  edge [
    source 81
    target 131
  ]
  edge [
    source 81
    target 132
  ]
  edge [
    source 81
    target 155
  ]
  edge [
    source 82
    target 9
  ]
  edge [
    source 82
    target 49
  ]
  edge [
    source 82
    target 72
  ]
  edge [
    source 82
    target 74
  ]
  edge [
    source 82
    target 80
  ]
  edge [
    source 82
    target 103
  ]
  edge [
    source 82
    target 105
  ]
  edge [
    source 82
    target 117
  ]
  edge [
    source 82
    target 128
  ]
  edge [
    source 82
    target 152
  ]
  edge [
    source 83
    target 74
  ]
  edge [
    source 83
    target 80
  ]
  edge [
    source 83
    target 103
  ]
  edge [
    source 83
    target 105
  ]
  edge [
    source 83
    target 128
  ]
  edge [
    source 85
    target 80
  ]
  edge [
    source 85
    target 105
  ]
  edge [
    source 85
    target 128
  ]
  edge [
    source 86
    target 131
  ]
  edge [
    source 87
    target 9
  ]
  edge [
    source 87
    target 12
  ]
  edge [
    source 87
    target 39
  ]
  edge [
    source 87
    target 61
  ]
  edge [
    source 87
    target 72
  ]
  edge [
    source 87
    target 84
  ]
  edge [
    source 87
    target 98
  ]
  edge [
    source 87
    target 103
  ]
  edge [
    source 87
    target 117
  ]
  edge [
    source 87
    target 152
  ]
  edge [
    source 87
    target 155
  ]
  edge [
    source 88
    target 80
  ]
  edge [
    source 88
    target 128
  ]
  edge [
    source 89
    target 9
  ]
  edge [
    source 89
    target 12
  ]
  edge [
    source 89
    target 39
  ]
  edge [
    source 89
    target 49
  ]
  edge [
    source 89
    target 61
  ]
  edge [
    source 89
    target 72
  ]
  edge [
    source 89
    target 73
  ]
  edge [
    source 90
    target 103
  ]
  edge [
    source 90
    target 128
  ]
  edge [
    source 91
    target 80
  ]
  edge [
    source 91
    target 103
  ]
  edge [
    source 91
    target 105
  ]
  edge [
    source 92
    target 9
  ]
  edge [
    source 92
    target 39
  ]
  edge [
    source 92
    target 72
  ]
  edge [
    source 92
    target 73
  ]
  edge [
    source 92
    target 74
  ]
  edge [
    source 92
    target 103
  ]
  edge [
    source 92
    target 105
  ]
  edge [
    source 93
    target 80
  ]
  edge [
    source 93
    target 117
  ]
  edge [
    source 93
    target 128
  ]
  edge [
    source 94
    target 80
  ]
  edge [
    source 94
    target 128
  ]
  edge [
    source 95
    target 80
  ]
  edge [
    source 95
    target 105
  ]
  edge [
    source 96
    target 80
  ]
  edge [
    source 96
    target 128
  ]
  edge [
    source 97
    target 117
  ]
  edge [
    source 98
    target 41
  ]
  edge [
    source 98
    target 104
  ]
  edge [
    source 98
    target 113
  ]
  edge [
    source 98
    target 115
  ]
  edge [
    source 99
    target 128
  ]
  edge [
    source 100
    target 115
  ]
  edge [
    source 101
    target 80
  ]
  edge [
    source 102
    target 153
  ]
  edge [
    source 105
    target 8
  ]
  edge [
    source 105
    target 25
  ]
  edge [
    source 105
    target 27
  ]
  edge [
    source 105
    target 41
  ]
  edge [
    source 105
    target 104
  ]
  edge [
    source 105
    target 113
  ]
  edge [
    source 105
    target 115
  ]
  edge [
    source 106
    target 74
  ]
  edge [
    source 106
    target 80
  ]
  edge [
    source 106
    target 103
  ]
  edge [
    source 106
    target 105
  ]
  edge [
    source 106
    target 128
  ]
  edge [
    source 107
    target 39
  ]
  edge [
    source 107
    target 72
  ]
  edge [
    source 107
    target 73
  ]
  edge [
    source 107
    target 128
  ]
  edge [
    source 108
    target 80
  ]
  edge [
    source 108
    target 105
  ]
  edge [
    source 108
    target 128
  ]
  edge [
    source 109
    target 74
  ]
  edge [
    source 110
    target 8
  ]
  edge [
    source 110
    target 41
  ]
  edge [
    source 110
    target 104
  ]
  edge [
    source 110
    target 113
  ]
  edge [
    source 110
    target 115
  ]
  edge [
    source 111
    target 12
  ]
  edge [
    source 111
    target 39
  ]
  edge [
    source 111
    target 61
  ]
  edge [
    source 111
    target 72
  ]
  edge [
    source 111
    target 73
  ]
  edge [
    source 111
    target 98
  ]
  edge [
    source 111
    target 117
  ]
  edge [
    source 111
    target 132
  ]
  edge [
    source 111
    target 152
  ]
  edge [
    source 112
    target 117
  ]
  edge [
    source 112
    target 153
  ]
  edge [
    source 113
    target 113
  ]
  edge [
    source 114
    target 9
  ]
  edge [
    source 114
    target 39
  ]
  edge [
    source 114
    target 80
  ]
  edge [
    source 114
    target 98
  ]
  edge [
    source 114
    target 105
  ]
  edge [
    source 114
    target 128
  ]
  edge [
    source 114
    target 131
  ]
  edge [
    source 114
    target 152
  ]
  edge [
    source 114
    target 153
  ]
  edge [
    source 116
    target 84
  ]
  edge [
    source 117
    target 115
  ]
  edge [
    source 118
    target 80
  ]
  edge [
    source 118
    target 103
  ]
  edge [
    source 118
    target 128
  ]
  edge [
    source 119
    target 74
  ]
  edge [
    source 119
    target 80
  ]
  edge [
    source 119
    target 103
  ]
  edge [
    source 119
    target 128
  ]
  edge [
    source 120
    target 80
  ]
  edge [
    source 120
    target 128
  ]
  edge [
    source 121
    target 27
  ]
  edge [
    source 121
    target 115
  ]
  edge [
    source 122
    target 128
  ]
  edge [
    source 123
    target 9
  ]
  edge [
    source 123
    target 12
  ]
  edge [
    source 123
    target 39
  ]
  edge [
    source 123
    target 49
  ]
  edge [
    source 123
    target 61
  ]
  edge [
    source 123
    target 72
  ]
  edge [
    source 123
    target 73
  ]
  edge [
    source 123
    target 80
  ]
  edge [
    source 123
    target 128
  ]
  edge [
    source 123
    target 132
  ]
  edge [
    source 123
    target 152
  ]
  edge [
    source 124
    target 72
  ]
  edge [
    source 124
    target 80
  ]
  edge [
    source 124
    target 128
  ]
  edge [
    source 125
    target 8
  ]
  edge [
    source 125
    target 41
  ]
  edge [
    source 125
    target 104
  ]
  edge [
    source 125
    target 113
  ]
  edge [
    source 125
    target 115
  ]
  edge [
    source 126
    target 98
  ]
  edge [
    source 127
    target 74
  ]
  edge [
    source 127
    target 80
  ]
  edge [
    source 127
    target 103
  ]
  edge [
    source 127
    target 128
  ]
  edge [
    source 128
    target 27
  ]
  edge [
    source 129
    target 49
  ]
  edge [
    source 130
    target 80
  ]
  edge [
    source 130
    target 128
  ]
  edge [
    source 131
    target 8
  ]
  edge [
    source 131
    target 41
  ]
  edge [
    source 131
    target 104
  ]
  edge [
    source 131
    target 113
  ]
  edge [
    source 131
    target 115
  ]
  edge [
    source 132
    target 27
  ]
  edge [
    source 132
    target 100
  ]
  edge [
    source 132
    target 104
  ]
  edge [
    source 132
    target 113
  ]
  edge [
    source 132
    target 115
  ]
  edge [
    source 133
    target 103
  ]
  edge [
    source 133
    target 128
  ]
  edge [
    source 134
    target 117
  ]
  edge [
    source 135
    target 80
  ]
  edge [
    source 135
    target 103
  ]
  edge [
    source 135
    target 117
  ]
  edge [
    source 135
    target 128
  ]
  edge [
    source 136
    target 80
  ]
  edge [
    source 136
    target 128
  ]
  edge [
    source 137
    target 80
  ]
  edge [
    source 137
    target 103
  ]
  edge [
    source 137
    target 105
  ]
  edge [
    source 137
    target 128
  ]
  edge [
    source 138
    target 80
  ]
  edge [
    source 138
    target 128
  ]
  edge [
    source 139
    target 153
  ]
  edge [
    source 140
    target 153
  ]
  edge [
    source 141
    target 9
  ]
  edge [
    source 141
    target 12
  ]
  edge [
    source 141
    target 39
  ]
  edge [
    source 141
    target 72
  ]
  edge [
    source 141
    target 73
  ]
  edge [
    source 141
    target 74
  ]
  edge [
    source 141
    target 103
  ]
  edge [
    source 141
    target 152
  ]
  edge [
    source 142
    target 80
  ]
  edge [
    source 142
    target 105
  ]
  edge [
    source 142
    target 128
  ]
  edge [
    source 143
    target 9
  ]
  edge [
    source 143
    target 12
  ]
  edge [
    source 143
    target 39
  ]
  edge [
    source 143
    target 61
  ]
  edge [
    source 143
    target 72
  ]
  edge [
    source 143
    target 73
  ]
  edge [
    source 143
    target 74
  ]
  edge [
    source 143
    target 103
  ]
  edge [
    source 143
    target 105
  ]
  edge [
    source 143
    target 117
  ]
  edge [
    source 143
    target 128
  ]
  edge [
    source 143
    target 152
  ]
  edge [
    source 144
    target 105
  ]
  edge [
    source 144
    target 128
  ]
  edge [
    source 145
    target 9
  ]
  edge [
    source 146
    target 72
  ]
  edge [
    source 146
    target 73
  ]
  edge [
    source 147
    target 9
  ]
  edge [
    source 147
    target 12
  ]
  edge [
    source 147
    target 39
  ]
  edge [
    source 147
    target 72
  ]
  edge [
    source 147
    target 73
  ]
  edge [
    source 147
    target 84
  ]
  edge [
    source 147
    target 103
  ]
  edge [
    source 147
    target 105
  ]
  edge [
    source 147
    target 110
  ]
  edge [
    source 147
    target 117
  ]
  edge [
    source 147
    target 125
  ]
  edge [
    source 147
    target 152
  ]
  edge [
    source 148
    target 128
  ]
  edge [
    source 149
    target 9
  ]
  edge [
    source 149
    target 12
  ]
  edge [
    source 149
    target 39
  ]
  edge [
    source 149
    target 49
  ]
  edge [
    source 149
    target 61
  ]
  edge [
    source 149
    target 84
  ]
  edge [
    source 149
    target 103
  ]
  edge [
    source 149
    target 125
  ]
  edge [
    source 149
    target 152
  ]
  edge [
    source 150
    target 12
  ]
  edge [
    source 150
    target 49
  ]
  edge [
    source 151
    target 128
  ]
  edge [
    source 152
    target 113
  ]
  edge [
    source 153
    target 113
  ]
  edge [
    source 153
    target 115
  ]
  edge [
    source 154
    target 9
  ]
  edge [
    source 154
    target 12
  ]
  edge [
    source 154
    target 39
  ]
  edge [
    source 154
    target 49
  ]
  edge [
    source 154
    target 61
  ]
  edge [
    source 154
    target 72
  ]
  edge [
    source 154
    target 73
  ]
  edge [
    source 154
    target 80
  ]
  edge [
    source 154
    target 84
  ]
  edge [
    source 154
    target 103
  ]
  edge [
    source 154
    target 110
  ]
  edge [
    source 154
    target 117
  ]
  edge [
    source 154
    target 121
  ]
  edge [
    source 154
    target 125
  ]
  edge [
    source 154
    target 128
  ]
  edge [
    source 154
    target 132
  ]
  edge [
    source 154
    target 152
  ]
  edge [
    source 154
    target 153
  ]
  edge [
    source 154
    target 155
  ]
  edge [
    source 155
    target 104
  ]
  edge [
    source 155
    target 113
  ]
  edge [
    source 155
    target 115
  ]
  edge [
    source 156
    target 80
  ]
  edge [
    source 157
    target 80
  ]
  edge [
    source 157
    target 128
  ]
  edge [
    source 158
    target 98
  ]
  edge [
    source 159
    target 80
  ]
  edge [
    source 159
    target 103
  ]
  edge [
    source 159
    target 128
  ]
  edge [
    source 160
    target 80
  ]
  edge [
    source 160
    target 103
  ]
]
