Creator "igraph version 0.10.2 Thu Jan  1 00:00:00 2026"
Version 1
graph
[
  directed 1
  node
  [
    id 0
    name "Abutilon spp."
    x -228.127659093093
    y -125.87675494117
    code "ABU"
    group 13
  ]
  node
  [
    id 1
    name "Acalypha fruticosa"
    x -227.049081628581
    y -132.363040920238
    code "ACAFRU"
    group 13
  ]
  node
  [
    id 2
    name "Acacia robusta"
    x -232.140938586586
    y -134.769439387227
    code "ACAROB"
    group 13
  ]
  node
  [
    id 3
    name "Acacia senegal"
    x -229.757544977925
    y -142.996772661097
    code "ACASEN"
    group 12
  ]
  node
  [
    id 4
    name "Acacia seyal"
    x -236.1932360154
    y -140.782365645449
    code "ACASEY"
    group 11
  ]
  node
  [
    id 5
    name "Acacia tortilis"
    x -225.440665354858
    y -138.504679621823
    code "ACATOR"
    group 9
  ]
  node
  [
    id 6
    name "Acacia xanthophloea"
    x -241.698720595883
    y -143.778197252156
    code "ACAXAN"
    group 11
  ]
  node
  [
    id 7
    name "Achyranthes aspera"
    x -211.807608225638
    y -124.748191462241
    code "ACHASP"
    group 13
  ]
  node
  [
    id 8
    name "Acinonyx jubatus"
    x -212.894270621514
    y -144.661047708835
    code "ACIJUB"
    group 1
  ]
  node
  [
    id 9
    name "Aepyceros melampus"
    x -220.434254930639
    y -142.640496071903
    code "AEPMEL"
    group 4
  ]
  node
  [
    id 10
    name "Albizia harveyi"
    x -233.083628458931
    y -130.425165351945
    code "ALBHAR"
    group 13
  ]
  node
  [
    id 11
    name "Albuca spp."
    x -227.683172644883
    y -117.271108180288
    code "ALBU"
    group 13
  ]
  node
  [
    id 12
    name "Alcelaphus buselaphus"
    x -216.013181804621
    y -142.845881907126
    code "ALCBUS"
    group 4
  ]
  node
  [
    id 13
    name "Allophylus rubifolius"
    x -220.559306778376
    y -129.471529631336
    code "ALLRUB"
    group 13
  ]
  node
  [
    id 14
    name "Aloe macrosiphon"
    x -216.44826498525
    y -127.400929766425
    code "ALOMAC"
    group 13
  ]
  node
  [
    id 15
    name "Aloe secundiflora"
    x -220.129811477541
    y -118.056594191162
    code "ALOSEC"
    group 13
  ]
  node
  [
    id 16
    name "Andropogon greenwayi"
    x -222.135117260763
    y -142.588031798481
    code "ANDGRE"
    group 9
  ]
  node
  [
    id 17
    name "Andropogon schirensis"
    x -211.340140522371
    y -157.174563324698
    code "ANDSCH"
    group 11
  ]
  node
  [
    id 18
    name "Aristida spp."
    x -217.774339957133
    y -135.159176726637
    code "ARI"
    group 9
  ]
  node
  [
    id 19
    name "Balanites aegyptiaca"
    x -224.517145688083
    y -136.395456398624
    code "BALAEG"
    group 9
  ]
  node
  [
    id 20
    name "Blepharis acanthodioides"
    x -222.519686030975
    y -122.80602219115
    code "BLEACA"
    group 13
  ]
  node
  [
    id 21
    name "Boscia augustifolia"
    x -205.396851912066
    y -129.21421472906
    code "BOSAUG"
    group 14
  ]
  node
  [
    id 22
    name "Bothriochloa insculpta"
    x -219.080102678828
    y -141.313649539402
    code "BOTINS"
    group 9
  ]
  node
  [
    id 23
    name "Brachiaria semiundulata"
    x -215.932585383287
    y -135.583293953202
    code "BRASEM"
    group 9
  ]
  node
  [
    id 24
    name "Canis aureus"
    x -209.791012140704
    y -143.927781738155
    code "CANAUR"
    group 2
  ]
  node
  [
    id 25
    name "Canis mesomelas"
    x -208.065219965377
    y -135.375462923273
    code "CANMES"
    group 2
  ]
  node
  [
    id 26
    name "Capparis tomentosa"
    x -226.46551935774
    y -134.360157904462
    code "CAPTOM"
    group 13
  ]
  node
  [
    id 27
    name "Caracal caracal"
    x -210.836505538925
    y -132.629973233788
    code "CARCAR"
    group 2
  ]
  node
  [
    id 28
    name "Pennisetum ciliare"
    x -215.276222961849
    y -125.490650176146
    code "CECCIL"
    group 13
  ]
  node
  [
    id 29
    name "Chloris gayana"
    x -220.391576640502
    y -150.947809778552
    code "CHLGAY"
    group 8
  ]
  node
  [
    id 30
    name "Chloris pycnothrix"
    x -208.964661638318
    y -129.436248749427
    code "CHLPYC"
    group 11
  ]
  node
  [
    id 31
    name "Chloris roxburghiana"
    x -218.528025401153
    y -154.303628969958
    code "CHLROX"
    group 11
  ]
  node
  [
    id 32
    name "Cissus quadrangularis"
    x -230.540092535476
    y -126.604587448271
    code "CISQUA"
    group 13
  ]
  node
  [
    id 33
    name "Cissus rotundifolia"
    x -229.864865448557
    y -134.963189463173
    code "CISROT"
    group 13
  ]
  node
  [
    id 34
    name "Commelina africana"
    x -223.286704526445
    y -125.917814288607
    code "COMMEAFR"
    group 13
  ]
  node
  [
    id 35
    name "Commiphora merkeri"
    x -236.073924794035
    y -130.339942514878
    code "COMMER"
    group 13
  ]
  node
  [
    id 36
    name "Commiphora trothae"
    x -231.196251937712
    y -138.115627552094
    code "COMMIAFR"
    group 14
  ]
  node
  [
    id 37
    name "Combretum molle"
    x -227.842675234899
    y -139.966967185411
    code "COMMOL"
    group 8
  ]
  node
  [
    id 38
    name "Commiphora schimperi"
    x -230.01199773816
    y -124.243047531411
    code "COMSCH"
    group 13
  ]
  node
  [
    id 39
    name "Connochaetes taurinus"
    x -215.31845767383
    y -141.299249168769
    code "CONTAU"
    group 4
  ]
  node
  [
    id 40
    name "Cordia ovalis"
    x -221.473457646547
    y -131.783817839406
    code "COROVA"
    group 13
  ]
  node
  [
    id 41
    name "Crocuta crocuta"
    x -214.870549668176
    y -145.274194520878
    code "CROCRO"
    group 1
  ]
  node
  [
    id 42
    name "Croton dichogamus"
    x -229.287171512907
    y -132.9642857948
    code "CRODIC"
    group 13
  ]
  node
  [
    id 43
    name "Croton macrostachyus"
    x -225.01511603885
    y -140.708217098856
    code "CROMAC"
    group 9
  ]
  node
  [
    id 44
    name "Crotalaria spinosa"
    x -237.545149902174
    y -149.250353540737
    code "CROSPI"
    group 11
  ]
  node
  [
    id 45
    name "Cymbopogon excavatus"
    x -213.260869819783
    y -159.906631116873
    code "CYMEXC"
    group 11
  ]
  node
  [
    id 46
    name "Cynodon dactylon"
    x -218.644249676302
    y -139.052851984476
    code "CYNDAC"
    group 9
  ]
  node
  [
    id 47
    name "Cyperus spp."
    x -225.027725401103
    y -113.644992572659
    code "CYP"
    group 13
  ]
  node
  [
    id 48
    name "Cyphostemma spp."
    x -231.563435569778
    y -120.862502759096
    code "CYPH"
    group 13
  ]
  node
  [
    id 49
    name "Damaliscus korrigum"
    x -213.313208924844
    y -141.413555549138
    code "DAMKOR"
    group 3
  ]
  node
  [
    id 50
    name "Digitaria diagonalis"
    x -205.628099541312
    y -137.917137613201
    code "DIGDIA"
    group 8
  ]
  node
  [
    id 51
    name "Digitaria macroblephara"
    x -213.453312674934
    y -137.064494572172
    code "DIGMAC"
    group 9
  ]
  node
  [
    id 52
    name "Digitaria milanjiana"
    x -231.682344006399
    y -150.410745107855
    code "DIGMIL"
    group 11
  ]
  node
  [
    id 53
    name "Digitaria scalarum"
    x -210.060579547059
    y -146.386989748755
    code "DIGSCA"
    group 7
  ]
  node
  [
    id 54
    name "Digitaria ternata"
    x -211.229532997893
    y -135.956062270098
    code "DIGTER"
    group 11
  ]
  node
  [
    id 55
    name "Digitaria velutina"
    x -236.297245364001
    y -134.811673770512
    code "DIGVEL"
    group 13
  ]
  node
  [
    id 56
    name "Diheteropogon amplectens"
    x -212.423577415339
    y -116.766197968691
    code "DIHAMP"
    group 13
  ]
  node
  [
    id 57
    name "Dinebra retroflexa"
    x -209.02523800864
    y -140.778132864554
    code "DINRET"
    group 7
  ]
  node
  [
    id 58
    name "Duosperma kilimandscharica"
    x -216.227680159947
    y -152.345113392974
    code "DUOKIL"
    group 8
  ]
  node
  [
    id 59
    name "Echinochloa haploclada"
    x -227.448725726553
    y -150.140135010466
    code "ECHHAP"
    group 11
  ]
  node
  [
    id 60
    name "Emilia coccinea"
    x -224.186966668741
    y -119.922386532647
    code "EMICOC"
    group 13
  ]
  node
  [
    id 61
    name "Equus quagga"
    x -217.278620122254
    y -141.18322962076
    code "EQUBUR"
    group 4
  ]
  node
  [
    id 62
    name "Eragrostis aspera"
    x -211.918392653925
    y -119.73607965298
    code "ERAASP"
    group 13
  ]
  node
  [
    id 63
    name "Eragrostis cilianensis"
    x -206.41782797516
    y -143.329767631704
    code "ERACIL"
    group 8
  ]
  node
  [
    id 64
    name "Eragrostis exasperata"
    x -205.992721578629
    y -146.947357570183
    code "ERAEXA"
    group 11
  ]
  node
  [
    id 65
    name "Eragrostis tenuifolia"
    x -213.743983583571
    y -134.884201980932
    code "ERATEN"
    group 9
  ]
  node
  [
    id 66
    name "Eriochloa nubica"
    x -218.550424047161
    y -114.499467616474
    code "ERINUB"
    group 13
  ]
  node
  [
    id 67
    name "Euphorbia candelabrum"
    x -238.17407420979
    y -144.946239166976
    code "EUPCAN"
    group 11
  ]
  node
  [
    id 68
    name "Eustachys paspaloides"
    x -213.667927748218
    y -147.312143330363
    code "EUSPAS"
    group 9
  ]
  node
  [
    id 69
    name "Ficus glumosa"
    x -220.814469087488
    y -125.514717803242
    code "FICGLU"
    group 13
  ]
  node
  [
    id 70
    name "Ficus ingens"
    x -225.767563267636
    y -125.161766142325
    code "FICING"
    group 13
  ]
  node
  [
    id 71
    name "Ficus thonningii"
    x -237.272226535565
    y -121.840589349047
    code "FICTHI"
    group 13
  ]
  node
  [
    id 72
    name "Nanger granti"
    x -216.365468543377
    y -140.052355486672
    code "GAZGRA"
    group 4
  ]
  node
  [
    id 73
    name "Eudorcas thomsonii"
    x -214.330436025961
    y -139.859777486796
    code "GAZTHO"
    group 4
  ]
  node
  [
    id 74
    name "Giraffa camelopardalis"
    x -227.734821894749
    y -136.42307924351
    code "GIRCAM"
    group 6
  ]
  node
  [
    id 75
    name "Grewia bicolor"
    x -225.84233868713
    y -142.740728272405
    code "GREBIC"
    group 9
  ]
  node
  [
    id 76
    name "Grewia fallax"
    x -228.28830189074
    y -128.449426526823
    code "GREFAL"
    group 13
  ]
  node
  [
    id 77
    name "Grewia trichocarpa"
    x -223.640822556147
    y -129.246490005304
    code "GRETRI"
    group 13
  ]
  node
  [
    id 78
    name "Harpachne schimperi"
    x -215.304639502302
    y -138.007271994287
    code "HARSCH"
    group 9
  ]
  node
  [
    id 79
    name "Heliotropium steudneri"
    x -232.735031933956
    y -116.116464719477
    code "HELSTE"
    group 13
  ]
  node
  [
    id 80
    name "Heterohyrax brucei"
    x -225.559253426793
    y -127.942718860441
    code "HETBRU"
    group 5
  ]
  node
  [
    id 81
    name "Heteropogon contortus"
    x -221.234214078983
    y -140.910195016008
    code "HETCON"
    group 9
  ]
  node
  [
    id 82
    name "Hibiscus spp."
    x -222.522582288334
    y -135.073080994205
    code "HIB"
    group 9
  ]
  node
  [
    id 83
    name "Hibiscus lunariifolius"
    x -223.511549887363
    y -131.246313710412
    code "HIBLUN"
    group 13
  ]
  node
  [
    id 84
    name "Hippopotamus amphibius"
    x -225.638269468808
    y -146.415899250346
    code "HIPAMP"
    group 3
  ]
  node
  [
    id 85
    name "Hoslundia opposita"
    x -217.312272419796
    y -122.85441272507
    code "HOSOPP"
    group 13
  ]
  node
  [
    id 86
    name "Hyperthelia dissoluta"
    x -207.006117274813
    y -156.60106310614
    code "HYPDIS"
    group 11
  ]
  node
  [
    id 87
    name "Hyparrhenia filipendula"
    x -223.587982417652
    y -144.120872054203
    code "HYPFIL"
    group 9
  ]
  node
  [
    id 88
    name "Hypoestes forskaolii"
    x -228.988239963173
    y -121.076366689963
    code "HYPFOR"
    group 13
  ]
  node
  [
    id 89
    name "Hyparrhenia rufa"
    x -211.07573457501
    y -142.122036098913
    code "HYPRUF"
    group 7
  ]
  node
  [
    id 90
    name "Iboza spp."
    x -232.884776172928
    y -126.149853621434
    code "IBO"
    group 13
  ]
  node
  [
    id 91
    name "Indigofera basiflora"
    x -219.083310082732
    y -127.33873873045
    code "INDBAS"
    group 13
  ]
  node
  [
    id 92
    name "Indigofera hochstetteri"
    x -220.036084771154
    y -135.077474642843
    code "INDHOC"
    group 9
  ]
  node
  [
    id 93
    name "Ipomoea obscura"
    x -233.565063949807
    y -132.779479204742
    code "IPOOBS"
    group 13
  ]
  node
  [
    id 94
    name "Jasminum spp."
    x -226.704944080981
    y -119.931096031972
    code "JAS"
    group 13
  ]
  node
  [
    id 95
    name "Kalanchoe spp."
    x -214.680681198476
    y -123.075039146045
    code "KAL"
    group 13
  ]
  node
  [
    id 96
    name "Kedrostis foetidissima"
    x -225.2229141834
    y -117.381658620253
    code "KEDFOE"
    group 13
  ]
  node
  [
    id 97
    name "Kigelia africana"
    x -240.590532178386
    y -147.348779214721
    code "KIGAFR"
    group 11
  ]
  node
  [
    id 98
    name "Kobus ellipsiprymnus"
    x -217.71399366497
    y -148.960370622797
    code "KOBELL"
    group 3
  ]
  node
  [
    id 99
    name "Kyllinga nervosa"
    x -221.471943009862
    y -113.566752032004
    code "KYLNER"
    group 13
  ]
  node
  [
    id 100
    name "Leptailurus serval"
    x -211.038546238516
    y -151.136579004002
    code "LEPSER"
    group 2
  ]
  node
  [
    id 101
    name "Lippia ukambensis"
    x -238.598271838686
    y -125.146285379756
    code "LIPUKA"
    group 13
  ]
  node
  [
    id 102
    name "Lonchocarpus eriocalyx"
    x -228.034866392146
    y -159.066185088279
    code "LONERI"
    group 11
  ]
  node
  [
    id 103
    name "Loxodonta africana"
    x -224.68588414551
    y -132.891810674519
    code "LOXAFR"
    group 6
  ]
  node
  [
    id 104
    name "Lycaon pictus"
    x -216.60722158725
    y -145.209214235061
    code "LYCPIC"
    group 1
  ]
  node
  [
    id 105
    name "Madoqua kirkii"
    x -218.180466988771
    y -133.11542984986
    code "MADKIR"
    group 6
  ]
  node
  [
    id 106
    name "Maerua cafra"
    x -225.980204665717
    y -130.295634921014
    code "MAETRI"
    group 13
  ]
  node
  [
    id 107
    name "Microchloa kunthii"
    x -213.291414828533
    y -132.657824284637
    code "MICKUN"
    group 8
  ]
  node
  [
    id 108
    name "Ocimum spp."
    x -219.781753714219
    y -123.11176196348
    code "OCI"
    group 13
  ]
  node
  [
    id 109
    name "Olea spp."
    x -239.893761121786
    y -136.443880832347
    code "OLE"
    group 11
  ]
  node
  [
    id 110
    name "Ourebia ourebi"
    x -219.864349575643
    y -147.681642115449
    code "OUROUR"
    group 3
  ]
  node
  [
    id 111
    name "Panicum coloratum"
    x -220.043994521669
    y -145.564023092839
    code "PANCOL"
    group 9
  ]
  node
  [
    id 112
    name "Panicum deustum"
    x -233.091251452859
    y -147.823160518052
    code "PANDEU"
    group 11
  ]
  node
  [
    id 113
    name "Panthera leo"
    x -218.801233078415
    y -144.150394514908
    code "PANLEO"
    group 1
  ]
  node
  [
    id 114
    name "Panicum maximum"
    x -222.807287232187
    y -139.165759922407
    code "PANMAX"
    group 9
  ]
  node
  [
    id 115
    name "Panthera pardus"
    x -217.649958229439
    y -142.754538728139
    code "PANPAR"
    group 1
  ]
  node
  [
    id 116
    name "Panicum repens"
    x -233.551688376901
    y -154.439734002688
    code "PANREP"
    group 11
  ]
  node
  [
    id 117
    name "Papio anubis"
    x -230.335310691625
    y -140.74824214646
    code "PAPANU"
    group 6
  ]
  node
  [
    id 118
    name "Pappea capensis"
    x -224.995239211744
    y -122.934439527575
    code "PAPCAP"
    group 13
  ]
  node
  [
    id 119
    name "Pavetta assimilis"
    x -230.951826752208
    y -129.089612175562
    code "PAVASS"
    group 13
  ]
  node
  [
    id 120
    name "Pavonia patens"
    x -221.494779542945
    y -120.152968092527
    code "PAVPAT"
    group 13
  ]
  node
  [
    id 121
    name "Pedetes capensis"
    x -210.467051247462
    y -138.252867579188
    code "PEDCAP"
    group 3
  ]
  node
  [
    id 122
    name "Pellaea calomelanos"
    x -215.643831899804
    y -114.912077639157
    code "PELCAL"
    group 13
  ]
  node
  [
    id 123
    name "Pennisetum mezianum"
    x -217.404857244149
    y -136.922847355833
    code "PENMEZ"
    group 9
  ]
  node
  [
    id 124
    name "Pennisetum stramineum"
    x -215.95028277297
    y -130.65316834241
    code "PENSTR"
    group 10
  ]
  node
  [
    id 125
    name "Phacochoerus africanus"
    x -217.848821292468
    y -146.863075109878
    code "PHAAET"
    group 3
  ]
  node
  [
    id 126
    name "Phragmites mauritianus"
    x -216.427373746853
    y -159.51640006564
    code "PHRMAU"
    group 11
  ]
  node
  [
    id 127
    name "Phyllanthus sepialis"
    x -229.100875628726
    y -130.418354735931
    code "PHYSEP"
    group 13
  ]
  node
  [
    id 128
    name "Procavia capensis"
    x -221.810159472807
    y -127.573227875633
    code "PROCAP"
    group 5
  ]
  node
  [
    id 129
    name "Psilolemma jaegeri"
    x -201.290788423437
    y -144.257280477335
    code "PSIJAE"
    group 11
  ]
  node
  [
    id 130
    name "Pupalia lappacea"
    x -229.776594461764
    y -118.685255213556
    code "PUPLAP"
    group 13
  ]
  node
  [
    id 131
    name "Redunca redunca"
    x -215.08741919276
    y -149.068553931868
    code "REDRED"
    group 3
  ]
  node
  [
    id 132
    name "Rhabdomys pumilio"
    x -214.181859942635
    y -143.213604029067
    code "RHAPUM"
    group 3
  ]
  node
  [
    id 133
    name "Rhoicissus revoilii"
    x -214.024844069891
    y -128.39799401201
    code "RHOREV"
    group 13
  ]
  node
  [
    id 134
    name "Sarga versicolor"
    x -241.601907243867
    y -140.463477340829
    code "SARVER"
    group 11
  ]
  node
  [
    id 135
    name "Sclerocarya birrea"
    x -231.149384044782
    y -132.088852920994
    code "SCLBIR"
    group 13
  ]
  node
  [
    id 136
    name "Senna didymobotrya"
    x -218.319189251697
    y -119.978267493877
    code "SENDID"
    group 13
  ]
  node
  [
    id 137
    name "Sansevieria ehrenbergii"
    x -218.341562983014
    y -129.654743345563
    code "SENEHR"
    group 13
  ]
  node
  [
    id 138
    name "Sansevieria suffruticosa"
    x -232.887884536767
    y -123.077474220076
    code "SENSUF"
    group 13
  ]
  node
  [
    id 139
    name "Setaria pallidefusca"
    x -224.648235440652
    y -159.157299850275
    code "SETPAL"
    group 11
  ]
  node
  [
    id 140
    name "Setaria sphacelata"
    x -230.394518176602
    y -156.82512505045
    code "SETSPH"
    group 11
  ]
  node
  [
    id 141
    name "Sida spp."
    x -219.521427776189
    y -137.115546094386
    code "SID"
    group 9
  ]
  node
  [
    id 142
    name "Solanum dennekense"
    x -217.888010404071
    y -125.059329083469
    code "SOLDEN"
    group 13
  ]
  node
  [
    id 143
    name "Solanum incanum"
    x -221.708468767316
    y -136.947420401025
    code "SOLINC"
    group 9
  ]
  node
  [
    id 144
    name "Solanum nigrum"
    x -211.051278131175
    y -127.209281076185
    code "SOLNIG"
    group 13
  ]
  node
  [
    id 145
    name "Sporobolus festivus"
    x -224.197007957425
    y -154.032125081073
    code "SPOFES"
    group 8
  ]
  node
  [
    id 146
    name "Sporobolus fimbriatus"
    x -205.086206173107
    y -140.603905741993
    code "SPOFIM"
    group 8
  ]
  node
  [
    id 147
    name "Sporobolus ioclados"
    x -223.025987219424
    y -141.289937293411
    code "SPOIOC"
    group 9
  ]
  node
  [
    id 148
    name "Sporobolus pellucidus"
    x -215.265265085213
    y -117.957850617222
    code "SPOPEL"
    group 13
  ]
  node
  [
    id 149
    name "Sporobolus pyramidalis"
    x -221.635728346121
    y -144.647402797819
    code "SPOPYR"
    group 9
  ]
  node
  [
    id 150
    name "Sporobolus spicatus"
    x -207.856301942637
    y -149.311580186175
    code "SPOSPI"
    group 8
  ]
  node
  [
    id 151
    name "Sporobolus stapfianus"
    x -209.403628006103
    y -121.616843143055
    code "SPOSTA"
    group 13
  ]
  node
  [
    id 152
    name "Syncerus caffer"
    x -221.066579721516
    y -138.751289880936
    code "SYNCAF"
    group 6
  ]
  node
  [
    id 153
    name "Taurotragus oryx"
    x -224.124489976836
    y -148.402208579387
    code "TAUORY"
    group 3
  ]
  node
  [
    id 154
    name "Themeda triandra"
    x -220.122363248592
    y -139.894542620834
    code "THETRI"
    group 9
  ]
  node
  [
    id 155
    name "Tragelaphus scriptus"
    x -222.130078607715
    y -148.299519202434
    code "TRASCR"
    group 3
  ]
  node
  [
    id 156
    name "Tricholaena teneriffae"
    x -235.495737936569
    y -118.856324516822
    code "TRIEIC"
    group 13
  ]
  node
  [
    id 157
    name "Turraea fischeri"
    x -222.728813239413
    y -117.463277708018
    code "TURFIS"
    group 13
  ]
  node
  [
    id 158
    name "Typha capensis"
    x -219.707698564103
    y -159.928463739921
    code "TYPCAP"
    group 11
  ]
  node
  [
    id 159
    name "Ximenia caffra"
    x -227.52816388393
    y -123.383099904728
    code "XIMCAF"
    group 13
  ]
  node
  [
    id 160
    name "Ziziphus spp."
    x -235.205933084995
    y -127.616455595213
    code "ZIZ"
    group 13
  ]
  edge
  [
    source 0
    target 80
  ]
  edge
  [
    source 0
    target 103
  ]
  edge
  [
    source 0
    target 128
  ]
  edge
  [
    source 1
    target 80
  ]
  edge
  [
    source 1
    target 103
  ]
  edge
  [
    source 1
    target 105
  ]
  edge
  [
    source 1
    target 117
  ]
  edge
  [
    source 1
    target 128
  ]
  edge
  [
    source 2
    target 74
  ]
  edge
  [
    source 2
    target 80
  ]
  edge
  [
    source 2
    target 117
  ]
  edge
  [
    source 2
    target 128
  ]
  edge
  [
    source 3
    target 9
  ]
  edge
  [
    source 3
    target 74
  ]
  edge
  [
    source 3
    target 103
  ]
  edge
  [
    source 3
    target 117
  ]
  edge
  [
    source 4
    target 74
  ]
  edge
  [
    source 4
    target 117
  ]
  edge
  [
    source 5
    target 9
  ]
  edge
  [
    source 5
    target 74
  ]
  edge
  [
    source 5
    target 80
  ]
  edge
  [
    source 5
    target 98
  ]
  edge
  [
    source 5
    target 103
  ]
  edge
  [
    source 5
    target 128
  ]
  edge
  [
    source 5
    target 153
  ]
  edge
  [
    source 6
    target 117
  ]
  edge
  [
    source 7
    target 105
  ]
  edge
  [
    source 7
    target 128
  ]
  edge
  [
    source 8
    target 115
  ]
  edge
  [
    source 9
    target 8
  ]
  edge
  [
    source 9
    target 41
  ]
  edge
  [
    source 9
    target 104
  ]
  edge
  [
    source 9
    target 113
  ]
  edge
  [
    source 9
    target 115
  ]
  edge
  [
    source 10
    target 80
  ]
  edge
  [
    source 10
    target 117
  ]
  edge
  [
    source 10
    target 128
  ]
  edge
  [
    source 11
    target 80
  ]
  edge
  [
    source 11
    target 128
  ]
  edge
  [
    source 12
    target 41
  ]
  edge
  [
    source 12
    target 104
  ]
  edge
  [
    source 12
    target 113
  ]
  edge
  [
    source 12
    target 115
  ]
  edge
  [
    source 13
    target 80
  ]
  edge
  [
    source 13
    target 103
  ]
  edge
  [
    source 13
    target 105
  ]
  edge
  [
    source 13
    target 128
  ]
  edge
  [
    source 14
    target 80
  ]
  edge
  [
    source 14
    target 105
  ]
  edge
  [
    source 14
    target 128
  ]
  edge
  [
    source 15
    target 80
  ]
  edge
  [
    source 15
    target 128
  ]
  edge
  [
    source 16
    target 9
  ]
  edge
  [
    source 16
    target 12
  ]
  edge
  [
    source 16
    target 39
  ]
  edge
  [
    source 16
    target 72
  ]
  edge
  [
    source 16
    target 73
  ]
  edge
  [
    source 16
    target 103
  ]
  edge
  [
    source 16
    target 105
  ]
  edge
  [
    source 16
    target 110
  ]
  edge
  [
    source 16
    target 117
  ]
  edge
  [
    source 16
    target 125
  ]
  edge
  [
    source 16
    target 152
  ]
  edge
  [
    source 17
    target 98
  ]
  edge
  [
    source 18
    target 9
  ]
  edge
  [
    source 18
    target 12
  ]
  edge
  [
    source 18
    target 39
  ]
  edge
  [
    source 18
    target 49
  ]
  edge
  [
    source 18
    target 61
  ]
  edge
  [
    source 18
    target 72
  ]
  edge
  [
    source 18
    target 73
  ]
  edge
  [
    source 18
    target 80
  ]
  edge
  [
    source 18
    target 103
  ]
  edge
  [
    source 18
    target 105
  ]
  edge
  [
    source 18
    target 121
  ]
  edge
  [
    source 18
    target 128
  ]
  edge
  [
    source 18
    target 152
  ]
  edge
  [
    source 19
    target 72
  ]
  edge
  [
    source 19
    target 73
  ]
  edge
  [
    source 19
    target 74
  ]
  edge
  [
    source 19
    target 80
  ]
  edge
  [
    source 19
    target 103
  ]
  edge
  [
    source 19
    target 117
  ]
  edge
  [
    source 20
    target 103
  ]
  edge
  [
    source 20
    target 128
  ]
  edge
  [
    source 21
    target 105
  ]
  edge
  [
    source 22
    target 12
  ]
  edge
  [
    source 22
    target 39
  ]
  edge
  [
    source 22
    target 49
  ]
  edge
  [
    source 22
    target 61
  ]
  edge
  [
    source 22
    target 72
  ]
  edge
  [
    source 22
    target 73
  ]
  edge
  [
    source 22
    target 84
  ]
  edge
  [
    source 22
    target 128
  ]
  edge
  [
    source 22
    target 132
  ]
  edge
  [
    source 22
    target 153
  ]
  edge
  [
    source 23
    target 9
  ]
  edge
  [
    source 23
    target 12
  ]
  edge
  [
    source 23
    target 39
  ]
  edge
  [
    source 23
    target 49
  ]
  edge
  [
    source 23
    target 61
  ]
  edge
  [
    source 23
    target 73
  ]
  edge
  [
    source 23
    target 103
  ]
  edge
  [
    source 23
    target 128
  ]
  edge
  [
    source 23
    target 152
  ]
  edge
  [
    source 24
    target 115
  ]
  edge
  [
    source 25
    target 115
  ]
  edge
  [
    source 26
    target 80
  ]
  edge
  [
    source 26
    target 103
  ]
  edge
  [
    source 26
    target 105
  ]
  edge
  [
    source 26
    target 117
  ]
  edge
  [
    source 26
    target 128
  ]
  edge
  [
    source 28
    target 80
  ]
  edge
  [
    source 28
    target 105
  ]
  edge
  [
    source 28
    target 128
  ]
  edge
  [
    source 29
    target 9
  ]
  edge
  [
    source 29
    target 39
  ]
  edge
  [
    source 29
    target 84
  ]
  edge
  [
    source 29
    target 98
  ]
  edge
  [
    source 29
    target 125
  ]
  edge
  [
    source 30
    target 121
  ]
  edge
  [
    source 30
    target 128
  ]
  edge
  [
    source 31
    target 132
  ]
  edge
  [
    source 31
    target 153
  ]
  edge
  [
    source 32
    target 80
  ]
  edge
  [
    source 32
    target 103
  ]
  edge
  [
    source 32
    target 128
  ]
  edge
  [
    source 33
    target 80
  ]
  edge
  [
    source 33
    target 103
  ]
  edge
  [
    source 33
    target 117
  ]
  edge
  [
    source 33
    target 128
  ]
  edge
  [
    source 34
    target 80
  ]
  edge
  [
    source 34
    target 103
  ]
  edge
  [
    source 34
    target 105
  ]
  edge
  [
    source 34
    target 128
  ]
  edge
  [
    source 35
    target 80
  ]
  edge
  [
    source 35
    target 103
  ]
  edge
  [
    source 36
    target 74
  ]
  edge
  [
    source 36
    target 105
  ]
  edge
  [
    source 36
    target 117
  ]
  edge
  [
    source 37
    target 9
  ]
  edge
  [
    source 37
    target 128
  ]
  edge
  [
    source 37
    target 153
  ]
  edge
  [
    source 38
    target 80
  ]
  edge
  [
    source 38
    target 103
  ]
  edge
  [
    source 38
    target 128
  ]
  edge
  [
    source 39
    target 8
  ]
  edge
  [
    source 39
    target 24
  ]
  edge
  [
    source 39
    target 41
  ]
  edge
  [
    source 39
    target 104
  ]
  edge
  [
    source 39
    target 113
  ]
  edge
  [
    source 39
    target 115
  ]
  edge
  [
    source 40
    target 74
  ]
  edge
  [
    source 40
    target 80
  ]
  edge
  [
    source 40
    target 103
  ]
  edge
  [
    source 40
    target 105
  ]
  edge
  [
    source 40
    target 128
  ]
  edge
  [
    source 41
    target 113
  ]
  edge
  [
    source 42
    target 80
  ]
  edge
  [
    source 42
    target 103
  ]
  edge
  [
    source 42
    target 117
  ]
  edge
  [
    source 42
    target 128
  ]
  edge
  [
    source 43
    target 9
  ]
  edge
  [
    source 43
    target 49
  ]
  edge
  [
    source 43
    target 61
  ]
  edge
  [
    source 43
    target 74
  ]
  edge
  [
    source 43
    target 103
  ]
  edge
  [
    source 43
    target 152
  ]
  edge
  [
    source 44
    target 117
  ]
  edge
  [
    source 45
    target 98
  ]
  edge
  [
    source 46
    target 9
  ]
  edge
  [
    source 46
    target 12
  ]
  edge
  [
    source 46
    target 39
  ]
  edge
  [
    source 46
    target 49
  ]
  edge
  [
    source 46
    target 61
  ]
  edge
  [
    source 46
    target 72
  ]
  edge
  [
    source 46
    target 73
  ]
  edge
  [
    source 46
    target 80
  ]
  edge
  [
    source 46
    target 84
  ]
  edge
  [
    source 46
    target 98
  ]
  edge
  [
    source 46
    target 103
  ]
  edge
  [
    source 46
    target 121
  ]
  edge
  [
    source 46
    target 125
  ]
  edge
  [
    source 46
    target 128
  ]
  edge
  [
    source 46
    target 132
  ]
  edge
  [
    source 46
    target 152
  ]
  edge
  [
    source 46
    target 153
  ]
  edge
  [
    source 47
    target 128
  ]
  edge
  [
    source 48
    target 80
  ]
  edge
  [
    source 48
    target 128
  ]
  edge
  [
    source 49
    target 41
  ]
  edge
  [
    source 49
    target 104
  ]
  edge
  [
    source 49
    target 113
  ]
  edge
  [
    source 49
    target 115
  ]
  edge
  [
    source 50
    target 39
  ]
  edge
  [
    source 50
    target 73
  ]
  edge
  [
    source 50
    target 121
  ]
  edge
  [
    source 51
    target 12
  ]
  edge
  [
    source 51
    target 39
  ]
  edge
  [
    source 51
    target 61
  ]
  edge
  [
    source 51
    target 72
  ]
  edge
  [
    source 51
    target 73
  ]
  edge
  [
    source 51
    target 128
  ]
  edge
  [
    source 51
    target 132
  ]
  edge
  [
    source 51
    target 152
  ]
  edge
  [
    source 52
    target 117
  ]
  edge
  [
    source 52
    target 153
  ]
  edge
  [
    source 53
    target 12
  ]
  edge
  [
    source 53
    target 39
  ]
  edge
  [
    source 53
    target 72
  ]
  edge
  [
    source 53
    target 73
  ]
  edge
  [
    source 54
    target 98
  ]
  edge
  [
    source 54
    target 121
  ]
  edge
  [
    source 54
    target 128
  ]
  edge
  [
    source 55
    target 80
  ]
  edge
  [
    source 55
    target 117
  ]
  edge
  [
    source 56
    target 128
  ]
  edge
  [
    source 57
    target 12
  ]
  edge
  [
    source 57
    target 39
  ]
  edge
  [
    source 57
    target 61
  ]
  edge
  [
    source 57
    target 72
  ]
  edge
  [
    source 57
    target 73
  ]
  edge
  [
    source 58
    target 72
  ]
  edge
  [
    source 58
    target 153
  ]
  edge
  [
    source 59
    target 117
  ]
  edge
  [
    source 59
    target 125
  ]
  edge
  [
    source 59
    target 155
  ]
  edge
  [
    source 60
    target 80
  ]
  edge
  [
    source 60
    target 128
  ]
  edge
  [
    source 61
    target 24
  ]
  edge
  [
    source 61
    target 41
  ]
  edge
  [
    source 61
    target 104
  ]
  edge
  [
    source 61
    target 113
  ]
  edge
  [
    source 61
    target 115
  ]
  edge
  [
    source 62
    target 128
  ]
  edge
  [
    source 63
    target 39
  ]
  edge
  [
    source 63
    target 49
  ]
  edge
  [
    source 63
    target 73
  ]
  edge
  [
    source 64
    target 121
  ]
  edge
  [
    source 64
    target 125
  ]
  edge
  [
    source 65
    target 39
  ]
  edge
  [
    source 65
    target 61
  ]
  edge
  [
    source 65
    target 72
  ]
  edge
  [
    source 65
    target 73
  ]
  edge
  [
    source 65
    target 105
  ]
  edge
  [
    source 65
    target 128
  ]
  edge
  [
    source 65
    target 132
  ]
  edge
  [
    source 66
    target 128
  ]
  edge
  [
    source 67
    target 117
  ]
  edge
  [
    source 68
    target 12
  ]
  edge
  [
    source 68
    target 39
  ]
  edge
  [
    source 68
    target 61
  ]
  edge
  [
    source 68
    target 72
  ]
  edge
  [
    source 68
    target 73
  ]
  edge
  [
    source 68
    target 132
  ]
  edge
  [
    source 68
    target 153
  ]
  edge
  [
    source 69
    target 80
  ]
  edge
  [
    source 69
    target 103
  ]
  edge
  [
    source 69
    target 105
  ]
  edge
  [
    source 69
    target 128
  ]
  edge
  [
    source 70
    target 80
  ]
  edge
  [
    source 70
    target 103
  ]
  edge
  [
    source 70
    target 128
  ]
  edge
  [
    source 71
    target 80
  ]
  edge
  [
    source 72
    target 8
  ]
  edge
  [
    source 72
    target 24
  ]
  edge
  [
    source 72
    target 41
  ]
  edge
  [
    source 72
    target 104
  ]
  edge
  [
    source 72
    target 113
  ]
  edge
  [
    source 72
    target 115
  ]
  edge
  [
    source 73
    target 8
  ]
  edge
  [
    source 73
    target 24
  ]
  edge
  [
    source 73
    target 41
  ]
  edge
  [
    source 73
    target 104
  ]
  edge
  [
    source 73
    target 113
  ]
  edge
  [
    source 73
    target 115
  ]
  edge
  [
    source 74
    target 113
  ]
  edge
  [
    source 75
    target 9
  ]
  edge
  [
    source 75
    target 61
  ]
  edge
  [
    source 75
    target 72
  ]
  edge
  [
    source 75
    target 74
  ]
  edge
  [
    source 75
    target 103
  ]
  edge
  [
    source 75
    target 152
  ]
  edge
  [
    source 75
    target 153
  ]
  edge
  [
    source 76
    target 74
  ]
  edge
  [
    source 76
    target 80
  ]
  edge
  [
    source 76
    target 103
  ]
  edge
  [
    source 76
    target 128
  ]
  edge
  [
    source 77
    target 74
  ]
  edge
  [
    source 77
    target 80
  ]
  edge
  [
    source 77
    target 103
  ]
  edge
  [
    source 77
    target 105
  ]
  edge
  [
    source 77
    target 128
  ]
  edge
  [
    source 78
    target 9
  ]
  edge
  [
    source 78
    target 12
  ]
  edge
  [
    source 78
    target 39
  ]
  edge
  [
    source 78
    target 49
  ]
  edge
  [
    source 78
    target 61
  ]
  edge
  [
    source 78
    target 72
  ]
  edge
  [
    source 78
    target 73
  ]
  edge
  [
    source 78
    target 103
  ]
  edge
  [
    source 78
    target 121
  ]
  edge
  [
    source 78
    target 132
  ]
  edge
  [
    source 78
    target 152
  ]
  edge
  [
    source 79
    target 80
  ]
  edge
  [
    source 80
    target 115
  ]
  edge
  [
    source 81
    target 12
  ]
  edge
  [
    source 81
    target 61
  ]
  edge
  [
    source 81
    target 72
  ]
  edge
  [
    source 81
    target 73
  ]
  edge
  [
    source 81
    target 80
  ]
  edge
  [
    source 81
    target 84
  ]
  edge
  [
    source 81
    target 98
  ]
  edge
  [
    source 81
    target 105
  ]
  edge
  [
    source 81
    target 110
  ]
  edge
  [
    source 81
    target 117
  ]
  edge
  [
    source 81
    target 125
  ]
  edge
  [
    source 81
    target 128
  ]
  edge
  [
    source 81
    target 131
  ]
  edge
  [
    source 81
    target 132
  ]
  edge
  [
    source 81
    target 155
  ]
  edge
  [
    source 82
    target 9
  ]
  edge
  [
    source 82
    target 49
  ]
  edge
  [
    source 82
    target 72
  ]
  edge
  [
    source 82
    target 74
  ]
  edge
  [
    source 82
    target 80
  ]
  edge
  [
    source 82
    target 103
  ]
  edge
  [
    source 82
    target 105
  ]
  edge
  [
    source 82
    target 117
  ]
  edge
  [
    source 82
    target 128
  ]
  edge
  [
    source 82
    target 152
  ]
  edge
  [
    source 83
    target 74
  ]
  edge
  [
    source 83
    target 80
  ]
  edge
  [
    source 83
    target 103
  ]
  edge
  [
    source 83
    target 105
  ]
  edge
  [
    source 83
    target 128
  ]
  edge
  [
    source 85
    target 80
  ]
  edge
  [
    source 85
    target 105
  ]
  edge
  [
    source 85
    target 128
  ]
  edge
  [
    source 86
    target 131
  ]
  edge
  [
    source 87
    target 9
  ]
  edge
  [
    source 87
    target 12
  ]
  edge
  [
    source 87
    target 39
  ]
  edge
  [
    source 87
    target 61
  ]
  edge
  [
    source 87
    target 72
  ]
  edge
  [
    source 87
    target 84
  ]
  edge
  [
    source 87
    target 98
  ]
  edge
  [
    source 87
    target 103
  ]
  edge
  [
    source 87
    target 117
  ]
  edge
  [
    source 87
    target 152
  ]
  edge
  [
    source 87
    target 155
  ]
  edge
  [
    source 88
    target 80
  ]
  edge
  [
    source 88
    target 128
  ]
  edge
  [
    source 89
    target 9
  ]
  edge
  [
    source 89
    target 12
  ]
  edge
  [
    source 89
    target 39
  ]
  edge
  [
    source 89
    target 49
  ]
  edge
  [
    source 89
    target 61
  ]
  edge
  [
    source 89
    target 72
  ]
  edge
  [
    source 89
    target 73
  ]
  edge
  [
    source 90
    target 103
  ]
  edge
  [
    source 90
    target 128
  ]
  edge
  [
    source 91
    target 80
  ]
  edge
  [
    source 91
    target 103
  ]
  edge
  [
    source 91
    target 105
  ]
  edge
  [
    source 92
    target 9
  ]
  edge
  [
    source 92
    target 39
  ]
  edge
  [
    source 92
    target 72
  ]
  edge
  [
    source 92
    target 73
  ]
  edge
  [
    source 92
    target 74
  ]
  edge
  [
    source 92
    target 103
  ]
  edge
  [
    source 92
    target 105
  ]
  edge
  [
    source 93
    target 80
  ]
  edge
  [
    source 93
    target 117
  ]
  edge
  [
    source 93
    target 128
  ]
  edge
  [
    source 94
    target 80
  ]
  edge
  [
    source 94
    target 128
  ]
  edge
  [
    source 95
    target 80
  ]
  edge
  [
    source 95
    target 105
  ]
  edge
  [
    source 96
    target 80
  ]
  edge
  [
    source 96
    target 128
  ]
  edge
  [
    source 97
    target 117
  ]
  edge
  [
    source 98
    target 41
  ]
  edge
  [
    source 98
    target 104
  ]
  edge
  [
    source 98
    target 113
  ]
  edge
  [
    source 98
    target 115
  ]
  edge
  [
    source 99
    target 128
  ]
  edge
  [
    source 100
    target 115
  ]
  edge
  [
    source 101
    target 80
  ]
  edge
  [
    source 102
    target 153
  ]
  edge
  [
    source 105
    target 8
  ]
  edge
  [
    source 105
    target 25
  ]
  edge
  [
    source 105
    target 27
  ]
  edge
  [
    source 105
    target 41
  ]
  edge
  [
    source 105
    target 104
  ]
  edge
  [
    source 105
    target 113
  ]
  edge
  [
    source 105
    target 115
  ]
  edge
  [
    source 106
    target 74
  ]
  edge
  [
    source 106
    target 80
  ]
  edge
  [
    source 106
    target 103
  ]
  edge
  [
    source 106
    target 105
  ]
  edge
  [
    source 106
    target 128
  ]
  edge
  [
    source 107
    target 39
  ]
  edge
  [
    source 107
    target 72
  ]
  edge
  [
    source 107
    target 73
  ]
  edge
  [
    source 107
    target 128
  ]
  edge
  [
    source 108
    target 80
  ]
  edge
  [
    source 108
    target 105
  ]
  edge
  [
    source 108
    target 128
  ]
  edge
  [
    source 109
    target 74
  ]
  edge
  [
    source 110
    target 8
  ]
  edge
  [
    source 110
    target 41
  ]
  edge
  [
    source 110
    target 104
  ]
  edge
  [
    source 110
    target 113
  ]
  edge
  [
    source 110
    target 115
  ]
  edge
  [
    source 111
    target 12
  ]
  edge
  [
    source 111
    target 39
  ]
  edge
  [
    source 111
    target 61
  ]
  edge
  [
    source 111
    target 72
  ]
  edge
  [
    source 111
    target 73
  ]
  edge
  [
    source 111
    target 98
  ]
  edge
  [
    source 111
    target 117
  ]
  edge
  [
    source 111
    target 132
  ]
  edge
  [
    source 111
    target 152
  ]
  edge
  [
    source 112
    target 117
  ]
  edge
  [
    source 112
    target 153
  ]
  edge
  [
    source 113
    target 113
  ]
  edge
  [
    source 114
    target 9
  ]
  edge
  [
    source 114
    target 39
  ]
  edge
  [
    source 114
    target 80
  ]
  edge
  [
    source 114
    target 98
  ]
  edge
  [
    source 114
    target 105
  ]
  edge
  [
    source 114
    target 128
  ]
  edge
  [
    source 114
    target 131
  ]
  edge
  [
    source 114
    target 152
  ]
  edge
  [
    source 114
    target 153
  ]
  edge
  [
    source 116
    target 84
  ]
  edge
  [
    source 117
    target 115
  ]
  edge
  [
    source 118
    target 80
  ]
  edge
  [
    source 118
    target 103
  ]
  edge
  [
    source 118
    target 128
  ]
  edge
  [
    source 119
    target 74
  ]
  edge
  [
    source 119
    target 80
  ]
  edge
  [
    source 119
    target 103
  ]
  edge
  [
    source 119
    target 128
  ]
  edge
  [
    source 120
    target 80
  ]
  edge
  [
    source 120
    target 128
  ]
  edge
  [
    source 121
    target 27
  ]
  edge
  [
    source 121
    target 115
  ]
  edge
  [
    source 122
    target 128
  ]
  edge
  [
    source 123
    target 9
  ]
  edge
  [
    source 123
    target 12
  ]
  edge
  [
    source 123
    target 39
  ]
  edge
  [
    source 123
    target 49
  ]
  edge
  [
    source 123
    target 61
  ]
  edge
  [
    source 123
    target 72
  ]
  edge
  [
    source 123
    target 73
  ]
  edge
  [
    source 123
    target 80
  ]
  edge
  [
    source 123
    target 128
  ]
  edge
  [
    source 123
    target 132
  ]
  edge
  [
    source 123
    target 152
  ]
  edge
  [
    source 124
    target 72
  ]
  edge
  [
    source 124
    target 80
  ]
  edge
  [
    source 124
    target 128
  ]
  edge
  [
    source 125
    target 8
  ]
  edge
  [
    source 125
    target 41
  ]
  edge
  [
    source 125
    target 104
  ]
  edge
  [
    source 125
    target 113
  ]
  edge
  [
    source 125
    target 115
  ]
  edge
  [
    source 126
    target 98
  ]
  edge
  [
    source 127
    target 74
  ]
  edge
  [
    source 127
    target 80
  ]
  edge
  [
    source 127
    target 103
  ]
  edge
  [
    source 127
    target 128
  ]
  edge
  [
    source 128
    target 27
  ]
  edge
  [
    source 129
    target 49
  ]
  edge
  [
    source 130
    target 80
  ]
  edge
  [
    source 130
    target 128
  ]
  edge
  [
    source 131
    target 8
  ]
  edge
  [
    source 131
    target 41
  ]
  edge
  [
    source 131
    target 104
  ]
  edge
  [
    source 131
    target 113
  ]
  edge
  [
    source 131
    target 115
  ]
  edge
  [
    source 132
    target 27
  ]
  edge
  [
    source 132
    target 100
  ]
  edge
  [
    source 132
    target 104
  ]
  edge
  [
    source 132
    target 113
  ]
  edge
  [
    source 132
    target 115
  ]
  edge
  [
    source 133
    target 103
  ]
  edge
  [
    source 133
    target 128
  ]
  edge
  [
    source 134
    target 117
  ]
  edge
  [
    source 135
    target 80
  ]
  edge
  [
    source 135
    target 103
  ]
  edge
  [
    source 135
    target 117
  ]
  edge
  [
    source 135
    target 128
  ]
  edge
  [
    source 136
    target 80
  ]
  edge
  [
    source 136
    target 128
  ]
  edge
  [
    source 137
    target 80
  ]
  edge
  [
    source 137
    target 103
  ]
  edge
  [
    source 137
    target 105
  ]
  edge
  [
    source 137
    target 128
  ]
  edge
  [
    source 138
    target 80
  ]
  edge
  [
    source 138
    target 128
  ]
  edge
  [
    source 139
    target 153
  ]
  edge
  [
    source 140
    target 153
  ]
  edge
  [
    source 141
    target 9
  ]
  edge
  [
    source 141
    target 12
  ]
  edge
  [
    source 141
    target 39
  ]
  edge
  [
    source 141
    target 72
  ]
  edge
  [
    source 141
    target 73
  ]
  edge
  [
    source 141
    target 74
  ]
  edge
  [
    source 141
    target 103
  ]
  edge
  [
    source 141
    target 152
  ]
  edge
  [
    source 142
    target 80
  ]
  edge
  [
    source 142
    target 105
  ]
  edge
  [
    source 142
    target 128
  ]
  edge
  [
    source 143
    target 9
  ]
  edge
  [
    source 143
    target 12
  ]
  edge
  [
    source 143
    target 39
  ]
  edge
  [
    source 143
    target 61
  ]
  edge
  [
    source 143
    target 72
  ]
  edge
  [
    source 143
    target 73
  ]
  edge
  [
    source 143
    target 74
  ]
  edge
  [
    source 143
    target 103
  ]
  edge
  [
    source 143
    target 105
  ]
  edge
  [
    source 143
    target 117
  ]
  edge
  [
    source 143
    target 128
  ]
  edge
  [
    source 143
    target 152
  ]
  edge
  [
    source 144
    target 105
  ]
  edge
  [
    source 144
    target 128
  ]
  edge
  [
    source 145
    target 9
  ]
  edge
  [
    source 146
    target 72
  ]
  edge
  [
    source 146
    target 73
  ]
  edge
  [
    source 147
    target 9
  ]
  edge
  [
    source 147
    target 12
  ]
  edge
  [
    source 147
    target 39
  ]
  edge
  [
    source 147
    target 72
  ]
  edge
  [
    source 147
    target 73
  ]
  edge
  [
    source 147
    target 84
  ]
  edge
  [
    source 147
    target 103
  ]
  edge
  [
    source 147
    target 105
  ]
  edge
  [
    source 147
    target 110
  ]
  edge
  [
    source 147
    target 117
  ]
  edge
  [
    source 147
    target 125
  ]
  edge
  [
    source 147
    target 152
  ]
  edge
  [
    source 148
    target 128
  ]
  edge
  [
    source 149
    target 9
  ]
  edge
  [
    source 149
    target 12
  ]
  edge
  [
    source 149
    target 39
  ]
  edge
  [
    source 149
    target 49
  ]
  edge
  [
    source 149
    target 61
  ]
  edge
  [
    source 149
    target 84
  ]
  edge
  [
    source 149
    target 103
  ]
  edge
  [
    source 149
    target 125
  ]
  edge
  [
    source 149
    target 152
  ]
  edge
  [
    source 150
    target 12
  ]
  edge
  [
    source 150
    target 49
  ]
  edge
  [
    source 151
    target 128
  ]
  edge
  [
    source 152
    target 113
  ]
  edge
  [
    source 153
    target 113
  ]
  edge
  [
    source 153
    target 115
  ]
  edge
  [
    source 154
    target 9
  ]
  edge
  [
    source 154
    target 12
  ]
  edge
  [
    source 154
    target 39
  ]
  edge
  [
    source 154
    target 49
  ]
  edge
  [
    source 154
    target 61
  ]
  edge
  [
    source 154
    target 72
  ]
  edge
  [
    source 154
    target 73
  ]
  edge
  [
    source 154
    target 80
  ]
  edge
  [
    source 154
    target 84
  ]
  edge
  [
    source 154
    target 103
  ]
  edge
  [
    source 154
    target 110
  ]
  edge
  [
    source 154
    target 117
  ]
  edge
  [
    source 154
    target 121
  ]
  edge
  [
    source 154
    target 125
  ]
  edge
  [
    source 154
    target 128
  ]
  edge
  [
    source 154
    target 132
  ]
  edge
  [
    source 154
    target 152
  ]
  edge
  [
    source 154
    target 153
  ]
  edge
  [
    source 154
    target 155
  ]
  edge
  [
    source 155
    target 104
  ]
  edge
  [
    source 155
    target 113
  ]
  edge
  [
    source 155
    target 115
  ]
  edge
  [
    source 156
    target 80
  ]
  edge
  [
    source 157
    target 80
  ]
  edge
  [
    source 157
    target 128
  ]
  edge
  [
    source 158
    target 98
  ]
  edge
  [
    source 159
    target 80
  ]
  edge
  [
    source 159
    target 103
  ]
  edge
  [
    source 159
    target 128
  ]
  edge
  [
    source 160
    target 80
  ]
  edge
  [
    source 160
    target 103
  ]
]
