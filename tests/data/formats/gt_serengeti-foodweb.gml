graph [
   directed 1
   description "Plant and mammal food web from the Serengeti savanna ecosystem in Tanzania. Please cite: Baskerville EB, Dobson AP, Bedford T, Allesina S, Anderson TM, et al. (2011) Spatial Guilds in the Serengeti Food Web Revealed by a Bayesian Group Model. PLoS Comput Biol 7(12): e1002321. :doi:`10.1371/journal.pcbi.1002321`"
   node [
      id 0
      code "ABU"
      group 13
      name "Abutilon spp."
      pos "-228.12765909309309, -125.87675494117002"
   ]
   node [
      id 1
      code "ACAFRU"
      group 13
      name "Acalypha fruticosa"
      pos "-227.0490816285814, -132.36304092023781"
   ]
   node [
      id 2
      code "ACAROB"
      group 13
      name "Acacia robusta"
      pos "-232.14093858658575, -134.7694393872267"
   ]
   node [
      id 3
      code "ACASEN"
      group 12
      name "Acacia senegal"
      pos "-229.75754497792494, -142.99677266109668"
   ]
   node [
      id 4
      code "ACASEY"
      group 11
      name "Acacia seyal"
      pos "-236.19323601540015, -140.78236564544889"
   ]
   node [
      id 5
      code "ACATOR"
      group 9
      name "Acacia tortilis"
      pos "-225.44066535485783, -138.5046796218229"
   ]
   node [
      id 6
      code "ACAXAN"
      group 11
      name "Acacia xanthophloea"
      pos "-241.69872059588286, -143.77819725215596"
   ]
   node [
      id 7
      code "ACHASP"
      group 13
      name "Achyranthes aspera"
      pos "-211.80760822563832, -124.7481914622406"
   ]
   node [
      id 8
      code "ACIJUB"
      group 1
      name "Acinonyx jubatus"
      pos "-212.89427062151404, -144.66104770883547"
   ]
   node [
      id 9
      code "AEPMEL"
      group 4
      name "Aepyceros melampus"
      pos "-220.43425493063941, -142.64049607190293"
   ]
   node [
      id 10
      code "ALBHAR"
      group 13
      name "Albizia harveyi"
      pos "-233.08362845893086, -130.42516535194466"
   ]
   node [
      id 11
      code "ALBU"
      group 13
      name "Albuca spp."
      pos "-227.68317264488326, -117.27110818028845"
   ]
   node [
      id 12
      code "ALCBUS"
      group 4
      name "Alcelaphus buselaphus"
      pos "-216.01318180462079, -142.84588190712563"
   ]
   node [
      id 13
      code "ALLRUB"
      group 13
      name "Allophylus rubifolius"
      pos "-220.55930677837605, -129.47152963133581"
   ]
   node [
      id 14
      code "ALOMAC"
      group 13
      name "Aloe macrosiphon"
      pos "-216.44826498525043, -127.40092976642536"
   ]
   node [
      id 15
      code "ALOSEC"
      group 13
      name "Aloe secundiflora"
      pos "-220.12981147754056, -118.05659419116222"
   ]
   node [
      id 16
      code "ANDGRE"
      group 9
      name "Andropogon greenwayi"
      pos "-222.13511726076345, -142.5880317984811"
   ]
   node [
      id 17
      code "ANDSCH"
      group 11
      name "Andropogon schirensis"
      pos "-211.34014052237092, -157.17456332469817"
   ]
   node [
      id 18
      code "ARI"
      group 9
      name "Aristida spp."
      pos "-217.77433995713346, -135.15917672663716"
   ]
   node [
      id 19
      code "BALAEG"
      group 9
      name "Balanites aegyptiaca"
      pos "-224.51714568808293, -136.39545639862399"
   ]
   node [
      id 20
      code "BLEACA"
      group 13
      name "Blepharis acanthodioides"
      pos "-222.51968603097512, -122.80602219114982"
   ]
   node [
      id 21
      code "BOSAUG"
      group 14
      name "Boscia augustifolia"
      pos "-205.39685191206593, -129.21421472906039"
   ]
   node [
      id 22
      code "BOTINS"
      group 9
      name "Bothriochloa insculpta"
      pos "-219.08010267882759, -141.31364953940221"
   ]
   node [
      id 23
      code "BRASEM"
      group 9
      name "Brachiaria semiundulata"
      pos "-215.93258538328718, -135.58329395320217"
   ]
   node [
      id 24
      code "CANAUR"
      group 2
      name "Canis aureus"
      pos "-209.79101214070425, -143.92778173815464"
   ]
   node [
      id 25
      code "CANMES"
      group 2
      name "Canis mesomelas"
      pos "-208.06521996537705, -135.37546292327255"
   ]
   node [
      id 26
      code "CAPTOM"
      group 13
      name "Capparis tomentosa"
      pos "-226.46551935774033, -134.36015790446191"
   ]
   node [
      id 27
      code "CARCAR"
      group 2
      name "Caracal caracal"
      pos "-210.83650553892528, -132.62997323378778"
   ]
   node [
      id 28
      code "CECCIL"
      group 13
      name "Pennisetum ciliare"
      pos "-215.27622296184936, -125.49065017614636"
   ]
   node [
      id 29
      code "CHLGAY"
      group 8
      name "Chloris gayana"
      pos "-220.39157664050174, -150.94780977855157"
   ]
   node [
      id 30
      code "CHLPYC"
      group 11
      name "Chloris pycnothrix"
      pos "-208.96466163831832, -129.43624874942705"
   ]
   node [
      id 31
      code "CHLROX"
      group 11
      name "Chloris roxburghiana"
      pos "-218.52802540115286, -154.30362896995834"
   ]
   node [
      id 32
      code "CISQUA"
      group 13
      name "Cissus quadrangularis"
      pos "-230.54009253547562, -126.60458744827079"
   ]
   node [
      id 33
      code "CISROT"
      group 13
      name "Cissus rotundifolia"
      pos "-229.86486544855671, -134.96318946317319"
   ]
   node [
      id 34
      code "COMMEAFR"
      group 13
      name "Commelina africana"
      pos "-223.28670452644479, -125.91781428860742"
   ]
   node [
      id 35
      code "COMMER"
      group 13
      name "Commiphora merkeri"
      pos "-236.07392479403472, -130.33994251487809"
   ]
   node [
      id 36
      code "COMMIAFR"
      group 14
      name "Commiphora trothae"
      pos "-231.1962519377123, -138.11562755209403"
   ]
   node [
      id 37
      code "COMMOL"
      group 8
      name "Combretum molle"
      pos "-227.84267523489905, -139.9669671854106"
   ]
   node [
      id 38
      code "COMSCH"
      group 13
      name "Commiphora schimperi"
      pos "-230.01199773815986, -124.24304753141082"
   ]
   node [
      id 39
      code "CONTAU"
      group 4
      name "Connochaetes taurinus"
      pos "-215.31845767382953, -141.29924916876902"
   ]
   node [
      id 40
      code "COROVA"
      group 13
      name "Cordia ovalis"
      pos "-221.47345764654719, -131.78381783940566"
   ]
   node [
      id 41
      code "CROCRO"
      group 1
      name "Crocuta crocuta"
      pos "-214.8705496681759, -145.27419452087815"
   ]
   node [
      id 42
      code "CRODIC"
      group 13
      name "Croton dichogamus"
      pos "-229.28717151290698, -132.96428579479979"
   ]
   node [
      id 43
      code "CROMAC"
      group 9
      name "Croton macrostachyus"
      pos "-225.01511603885001, -140.70821709885632"
   ]
   node [
      id 44
      code "CROSPI"
      group 11
      name "Crotalaria spinosa"
      pos "-237.54514990217379, -149.25035354073688"
   ]
   node [
      id 45
      code "CYMEXC"
      group 11
      name "Cymbopogon excavatus"
      pos "-213.26086981978312, -159.90663111687297"
   ]
   node [
      id 46
      code "CYNDAC"
      group 9
      name "Cynodon dactylon"
      pos "-218.64424967630177, -139.05285198447578"
   ]
   node [
      id 47
      code "CYP"
      group 13
      name "Cyperus spp."
      pos "-225.02772540110348, -113.64499257265938"
   ]
   node [
      id 48
      code "CYPH"
      group 13
      name "Cyphostemma spp."
      pos "-231.56343556977836, -120.8625027590964"
   ]
   node [
      id 49
      code "DAMKOR"
      group 3
      name "Damaliscus korrigum"
      pos "-213.3132089248443, -141.41355554913844"
   ]
   node [
      id 50
      code "DIGDIA"
      group 8
      name "Digitaria diagonalis"
      pos "-205.62809954131234, -137.91713761320111"
   ]
   node [
      id 51
      code "DIGMAC"
      group 9
      name "Digitaria macroblephara"
      pos "-213.45331267493432, -137.0644945721717"
   ]
   node [
      id 52
      code "DIGMIL"
      group 11
      name "Digitaria milanjiana"
      pos "-231.68234400639864, -150.41074510785521"
   ]
   node [
      id 53
      code "DIGSCA"
      group 7
      name "Digitaria scalarum"
      pos "-210.06057954705909, -146.3869897487549"
   ]
   node [
      id 54
      code "DIGTER"
      group 11
      name "Digitaria ternata"
      pos "-211.22953299789259, -135.9560622700979"
   ]
   node [
      id 55
      code "DIGVEL"
      group 13
      name "Digitaria velutina"
      pos "-236.2972453640007, -134.81167377051221"
   ]
   node [
      id 56
      code "DIHAMP"
      group 13
      name "Diheteropogon amplectens"
      pos "-212.4235774153388, -116.76619796869082"
   ]
   node [
      id 57
      code "DINRET"
      group 7
      name "Dinebra retroflexa"
      pos "-209.02523800864037, -140.7781328645541"
   ]
   node [
      id 58
      code "DUOKIL"
      group 8
      name "Duosperma kilimandscharica"
      pos "-216.22768015994717, -152.34511339297427"
   ]
   node [
      id 59
      code "ECHHAP"
      group 11
      name "Echinochloa haploclada"
      pos "-227.44872572655314, -150.1401350104662"
   ]
   node [
      id 60
      code "EMICOC"
      group 13
      name "Emilia coccinea"
      pos "-224.18696666874055, -119.9223865326471"
   ]
   node [
      id 61
      code "EQUBUR"
      group 4
      name "Equus quagga"
      pos "-217.2786201222541, -141.18322962075962"
   ]
   node [
      id 62
      code "ERAASP"
      group 13
      name "Eragrostis aspera"
      pos "-211.91839265392534, -119.73607965298007"
   ]
   node [
      id 63
      code "ERACIL"
      group 8
      name "Eragrostis cilianensis"
      pos "-206.41782797516041, -143.3297676317045"
   ]
   node [
      id 64
      code "ERAEXA"
      group 11
      name "Eragrostis exasperata"
      pos "-205.99272157862941, -146.9473575701825"
   ]
   node [
      id 65
      code "ERATEN"
      group 9
      name "Eragrostis tenuifolia"
      pos "-213.74398358357104, -134.88420198093166"
   ]
   node [
      id 66
      code "ERINUB"
      group 13
      name "Eriochloa nubica"
      pos "-218.5504240471605, -114.4994676164744"
   ]
   node [
      id 67
      code "EUPCAN"
      group 11
      name "Euphorbia candelabrum"
      pos "-238.17407420978964, -144.9462391669758"
   ]
   node [
      id 68
      code "EUSPAS"
      group 9
      name "Eustachys paspaloides"
      pos "-213.66792774821832, -147.31214333036291"
   ]
   node [
      id 69
      code "FICGLU"
      group 13
      name "Ficus glumosa"
      pos "-220.81446908748754, -125.51471780324221"
   ]
   node [
      id 70
      code "FICING"
      group 13
      name "Ficus ingens"
      pos "-225.76756326763581, -125.16176614232455"
   ]
   node [
      id 71
      code "FICTHI"
      group 13
      name "Ficus thonningii"
      pos "-237.27222653556507, -121.84058934904724"
   ]
   node [
      id 72
      code "GAZGRA"
      group 4
      name "Nanger granti"
      pos "-216.36546854337749, -140.05235548667187"
   ]
   node [
      id 73
      code "GAZTHO"
      group 4
      name "Eudorcas thomsonii"
      pos "-214.33043602596064, -139.85977748679599"
   ]
   node [
      id 74
      code "GIRCAM"
      group 6
      name "Giraffa camelopardalis"
      pos "-227.73482189474882, -136.42307924351005"
   ]
   node [
      id 75
      code "GREBIC"
      group 9
      name "Grewia bicolor"
      pos "-225.84233868713048, -142.74072827240468"
   ]
   node [
      id 76
      code "GREFAL"
      group 13
      name "Grewia fallax"
      pos "-228.28830189073977, -128.44942652682337"
   ]
   node [
      id 77
      code "GRETRI"
      group 13
      name "Grewia trichocarpa"
      pos "-223.6408225561471, -129.24649000530414"
   ]
   node [
      id 78
      code "HARSCH"
      group 9
      name "Harpachne schimperi"
      pos "-215.30463950230214, -138.00727199428746"
   ]
   node [
      id 79
      code "HELSTE"
      group 13
      name "Heliotropium steudneri"
      pos "-232.73503193395553, -116.11646471947722"
   ]
   node [
      id 80
      code "HETBRU"
      group 5
      name "Heterohyrax brucei"
      pos "-225.55925342679348, -127.94271886044091"
   ]
   node [
      id 81
      code "HETCON"
      group 9
      name "Heteropogon contortus"
      pos "-221.23421407898311, -140.910195016008"
   ]
   node [
      id 82
      code "HIB"
      group 9
      name "Hibiscus spp."
      pos "-222.52258228833412, -135.07308099420536"
   ]
   node [
      id 83
      code "HIBLUN"
      group 13
      name "Hibiscus lunariifolius"
      pos "-223.51154988736272, -131.24631371041241"
   ]
   node [
      id 84
      code "HIPAMP"
      group 3
      name "Hippopotamus amphibius"
      pos "-225.63826946880795, -146.41589925034589"
   ]
   node [
      id 85
      code "HOSOPP"
      group 13
      name "Hoslundia opposita"
      pos "-217.31227241979587, -122.85441272507011"
   ]
   node [
      id 86
      code "HYPDIS"
      group 11
      name "Hyperthelia dissoluta"
      pos "-207.00611727481336, -156.60106310614037"
   ]
   node [
      id 87
      code "HYPFIL"
      group 9
      name "Hyparrhenia filipendula"
      pos "-223.58798241765174, -144.12087205420335"
   ]
   node [
      id 88
      code "HYPFOR"
      group 13
      name "Hypoestes forskaolii"
      pos "-228.98823996317284, -121.07636668996309"
   ]
   node [
      id 89
      code "HYPRUF"
      group 7
      name "Hyparrhenia rufa"
      pos "-211.07573457500988, -142.12203609891316"
   ]
   node [
      id 90
      code "IBO"
      group 13
      name "Iboza spp."
      pos "-232.88477617292804, -126.14985362143375"
   ]
   node [
      id 91
      code "INDBAS"
      group 13
      name "Indigofera basiflora"
      pos "-219.08331008273171, -127.33873873045007"
   ]
   node [
      id 92
      code "INDHOC"
      group 9
      name "Indigofera hochstetteri"
      pos "-220.0360847711539, -135.07747464284253"
   ]
   node [
      id 93
      code "IPOOBS"
      group 13
      name "Ipomoea obscura"
      pos "-233.56506394980687, -132.7794792047421"
   ]
   node [
      id 94
      code "JAS"
      group 13
      name "Jasminum spp."
      pos "-226.70494408098105, -119.93109603197226"
   ]
   node [
      id 95
      code "KAL"
      group 13
      name "Kalanchoe spp."
      pos "-214.68068119847572, -123.0750391460453"
   ]
   node [
      id 96
      code "KEDFOE"
      group 13
      name "Kedrostis foetidissima"
      pos "-225.22291418340032, -117.38165862025275"
   ]
   node [
      id 97
      code "KIGAFR"
      group 11
      name "Kigelia africana"
      pos "-240.59053217838567, -147.34877921472093"
   ]
   node [
      id 98
      code "KOBELL"
      group 3
      name "Kobus ellipsiprymnus"
      pos "-217.71399366497022, -148.96037062279748"
   ]
   node [
      id 99
      code "KYLNER"
      group 13
      name "Kyllinga nervosa"
      pos "-221.47194300986172, -113.56675203200422"
   ]
   node [
      id 100
      code "LEPSER"
      group 2
      name "Leptailurus serval"
      pos "-211.03854623851609, -151.13657900400199"
   ]
   node [
      id 101
      code "LIPUKA"
      group 13
      name "Lippia ukambensis"
      pos "-238.59827183868646, -125.14628537975631"
   ]
   node [
      id 102
      code "LONERI"
      group 11
      name "Lonchocarpus eriocalyx"
      pos "-228.03486639214634, -159.06618508827887"
   ]
   node [
      id 103
      code "LOXAFR"
      group 6
      name "Loxodonta africana"
      pos "-224.6858841455097, -132.89181067451912"
   ]
   node [
      id 104
      code "LYCPIC"
      group 1
      name "Lycaon pictus"
      pos "-216.60722158725017, -145.20921423506121"
   ]
   node [
      id 105
      code "MADKIR"
      group 6
      name "Madoqua kirkii"
      pos "-218.18046698877143, -133.11542984986048"
   ]
   node [
      id 106
      code "MAETRI"
      group 13
      name "Maerua cafra"
      pos "-225.98020466571697, -130.29563492101391"
   ]
   node [
      id 107
      code "MICKUN"
      group 8
      name "Microchloa kunthii"
      pos "-213.29141482853328, -132.65782428463717"
   ]
   node [
      id 108
      code "OCI"
      group 13
      name "Ocimum spp."
      pos "-219.78175371421924, -123.11176196347986"
   ]
   node [
      id 109
      code "OLE"
      group 11
      name "Olea spp."
      pos "-239.89376112178641, -136.44388083234668"
   ]
   node [
      id 110
      code "OUROUR"
      group 3
      name "Ourebia ourebi"
      pos "-219.86434957564279, -147.68164211544925"
   ]
   node [
      id 111
      code "PANCOL"
      group 9
      name "Panicum coloratum"
      pos "-220.04399452166939, -145.56402309283919"
   ]
   node [
      id 112
      code "PANDEU"
      group 11
      name "Panicum deustum"
      pos "-233.09125145285876, -147.82316051805162"
   ]
   node [
      id 113
      code "PANLEO"
      group 1
      name "Panthera leo"
      pos "-218.80123307841532, -144.15039451490776"
   ]
   node [
      id 114
      code "PANMAX"
      group 9
      name "Panicum maximum"
      pos "-222.8072872321867, -139.16575992240698"
   ]
   node [
      id 115
      code "PANPAR"
      group 1
      name "Panthera pardus"
      pos "-217.64995822943854, -142.7545387281391"
   ]
   node [
      id 116
      code "PANREP"
      group 11
      name "Panicum repens"
      pos "-233.55168837690087, -154.43973400268828"
   ]
   node [
      id 117
      code "PAPANU"
      group 6
      name "Papio anubis"
      pos "-230.3353106916247, -140.74824214646014"
   ]
   node [
      id 118
      code "PAPCAP"
      group 13
      name "Pappea capensis"
      pos "-224.99523921174386, -122.93443952757488"
   ]
   node [
      id 119
      code "PAVASS"
      group 13
      name "Pavetta assimilis"
      pos "-230.95182675220781, -129.08961217556234"
   ]
   node [
      id 120
      code "PAVPAT"
      group 13
      name "Pavonia patens"
      pos "-221.49477954294511, -120.15296809252727"
   ]
   node [
      id 121
      code "PEDCAP"
      group 3
      name "Pedetes capensis"
      pos "-210.46705124746248, -138.25286757918835"
   ]
   node [
      id 122
      code "PELCAL"
      group 13
      name "Pellaea calomelanos"
      pos "-215.64383189980396, -114.91207763915682"
   ]
   node [
      id 123
      code "PENMEZ"
      group 9
      name "Pennisetum mezianum"
      pos "-217.40485724414853, -136.9228473558328"
   ]
   node [
      id 124
      code "PENSTR"
      group 10
      name "Pennisetum stramineum"
      pos "-215.95028277296996, -130.65316834241034"
   ]
   node [
      id 125
      code "PHAAET"
      group 3
      name "Phacochoerus africanus"
      pos "-217.8488212924683, -146.86307510987774"
   ]
   node [
      id 126
      code "PHRMAU"
      group 11
      name "Phragmites mauritianus"
      pos "-216.42737374685305, -159.51640006564003"
   ]
   node [
      id 127
      code "PHYSEP"
      group 13
      name "Phyllanthus sepialis"
      pos "-229.10087562872619, -130.41835473593147"
   ]
   node [
      id 128
      code "PROCAP"
      group 5
      name "Procavia capensis"
      pos "-221.81015947280679, -127.57322787563312"
   ]
   node [
      id 129
      code "PSIJAE"
      group 11
      name "Psilolemma jaegeri"
      pos "-201.29078842343696, -144.25728047733477"
   ]
   node [
      id 130
      code "PUPLAP"
      group 13
      name "Pupalia lappacea"
      pos "-229.77659446176432, -118.68525521355568"
   ]
   node [
      id 131
      code "REDRED"
      group 3
      name "Redunca redunca"
      pos "-215.08741919276025, -149.06855393186839"
   ]
   node [
      id 132
      code "RHAPUM"
      group 3
      name "Rhabdomys pumilio"
      pos "-214.1818599426355, -143.2136040290666"
   ]
   node [
      id 133
      code "RHOREV"
      group 13
      name "Rhoicissus revoilii"
      pos "-214.02484406989126, -128.39799401201006"
   ]
   node [
      id 134
      code "SARVER"
      group 11
      name "Sarga versicolor"
      pos "-241.60190724386683, -140.46347734082877"
   ]
   node [
      id 135
      code "SCLBIR"
      group 13
      name "Sclerocarya birrea"
      pos "-231.14938404478227, -132.08885292099419"
   ]
   node [
      id 136
      code "SENDID"
      group 13
      name "Senna didymobotrya"
      pos "-218.31918925169654, -119.97826749387684"
   ]
   node [
      id 137
      code "SENEHR"
      group 13
      name "Sansevieria ehrenbergii"
      pos "-218.341562983014, -129.65474334556291"
   ]
   node [
      id 138
      code "SENSUF"
      group 13
      name "Sansevieria suffruticosa"
      pos "-232.88788453676725, -123.07747422007631"
   ]
   node [
      id 139
      code "SETPAL"
      group 11
      name "Setaria pallidefusca"
      pos "-224.648235440652, -159.15729985027465"
   ]
   node [
      id 140
      code "SETSPH"
      group 11
      name "Setaria sphacelata"
      pos "-230.39451817660242, -156.82512505044969"
   ]
   node [
      id 141
      code "SID"
      group 9
      name "Sida spp."
      pos "-219.52142777618897, -137.1155460943863"
   ]
   node [
      id 142
      code "SOLDEN"
      group 13
      name "Solanum dennekense"
      pos "-217.88801040407111, -125.05932908346925"
   ]
   node [
      id 143
      code "SOLINC"
      group 9
      name "Solanum incanum"
      pos "-221.70846876731648, -136.9474204010252"
   ]
   node [
      id 144
      code "SOLNIG"
      group 13
      name "Solanum nigrum"
      pos "-211.05127813117548, -127.20928107618505"
   ]
   node [
      id 145
      code "SPOFES"
      group 8
      name "Sporobolus festivus"
      pos "-224.19700795742489, -154.03212508107316"
   ]
   node [
      id 146
      code "SPOFIM"
      group 8
      name "Sporobolus fimbriatus"
      pos "-205.08620617310689, -140.60390574199334"
   ]
   node [
      id 147
      code "SPOIOC"
      group 9
      name "Sporobolus ioclados"
      pos "-223.0259872194242, -141.28993729341059"
   ]
   node [
      id 148
      code "SPOPEL"
      group 13
      name "Sporobolus pellucidus"
      pos "-215.26526508521309, -117.95785061722222"
   ]
   node [
      id 149
      code "SPOPYR"
      group 9
      name "Sporobolus pyramidalis"
      pos "-221.63572834612071, -144.64740279781924"
   ]
   node [
      id 150
      code "SPOSPI"
      group 8
      name "Sporobolus spicatus"
      pos "-207.85630194263669, -149.31158018617452"
   ]
   node [
      id 151
      code "SPOSTA"
      group 13
      name "Sporobolus stapfianus"
      pos "-209.40362800610339, -121.61684314305474"
   ]
   node [
      id 152
      code "SYNCAF"
      group 6
      name "Syncerus caffer"
      pos "-221.06657972151558, -138.75128988093604"
   ]
   node [
      id 153
      code "TAUORY"
      group 3
      name "Taurotragus oryx"
      pos "-224.12448997683617, -148.40220857938746"
   ]
   node [
      id 154
      code "THETRI"
      group 9
      name "Themeda triandra"
      pos "-220.12236324859217, -139.89454262083359"
   ]
   node [
      id 155
      code "TRASCR"
      group 3
      name "Tragelaphus scriptus"
      pos "-222.13007860771475, -148.29951920243357"
   ]
   node [
      id 156
      code "TRIEIC"
      group 13
      name "Tricholaena teneriffae"
      pos "-235.49573793656873, -118.85632451682231"
   ]
   node [
      id 157
      code "TURFIS"
      group 13
      name "Turraea fischeri"
      pos "-222.72881323941326, -117.46327770801804"
   ]
   node [
      id 158
      code "TYPCAP"
      group 11
      name "Typha capensis"
      pos "-219.7076985641032, -159.92846373992114"
   ]
   node [
      id 159
      code "XIMCAF"
      group 13
      name "Ximenia caffra"
      pos "-227.52816388393009, -123.38309990472759"
   ]
   node [
      id 160
      code "ZIZ"
      group 13
      name "Ziziphus spp."
      pos "-235.20593308499528, -127.61645559521331"
   ]
   edge [
      id 0
      source 0
      target 80
   ]
   edge [
      id 1
      source 0
      target 103
   ]
   edge [
      id 2
      source 0
      target 128
   ]
   edge [
      id 3
      source 1
      target 80
   ]
   edge [
      id 4
      source 1
      target 103
   ]
   edge [
      id 5
      source 1
      target 105
   ]
   edge [
      id 6
      source 1
      target 117
   ]
   edge [
      id 7
      source 1
      target 128
   ]
   edge [
      id 8
      source 2
      target 74
   ]
   edge [
      id 9
      source 2
      target 80
   ]
   edge [
      id 10
      source 2
      target 117
   ]
   edge [
      id 11
      source 2
      target 128
   ]
   edge [
      id 12
      source 3
      target 9
   ]
   edge [
      id 13
      source 3
      target 74
   ]
   edge [
      id 14
      source 3
      target 103
   ]
   edge [
      id 15
      source 3
      target 117
   ]
   edge [
      id 16
      source 4
      target 74
   ]
   edge [
      id 17
      source 4
      target 117
   ]
   edge [
      id 18
      source 5
      target 9
   ]
   edge [
      id 19
      source 5
      target 74
   ]
   edge [
      id 20
      source 5
      target 80
   ]
   edge [
      id 21
      source 5
      target 98
   ]
   edge [
      id 22
      source 5
      target 103
   ]
   edge [
      id 23
      source 5
      target 128
   ]
   edge [
      id 24
      source 5
      target 153
   ]
   edge [
      id 25
      source 6
      target 117
   ]
   edge [
      id 26
      source 7
      target 105
   ]
   edge [
      id 27
      source 7
      target 128
   ]
   edge [
      id 28
      source 8
      target 115
   ]
   edge [
      id 29
      source 9
      target 8
   ]
   edge [
      id 30
      source 9
      target 41
   ]
   edge [
      id 31
      source 9
      target 104
   ]
   edge [
      id 32
      source 9
      target 113
   ]
   edge [
      id 33
      source 9
      target 115
   ]
   edge [
      id 34
      source 10
      target 80
   ]
   edge [
      id 35
      source 10
      target 117
   ]
   edge [
      id 36
      source 10
      target 128
   ]
   edge [
      id 37
      source 11
      target 80
   ]
   edge [
      id 38
      source 11
      target 128
   ]
   edge [
      id 39
      source 12
      target 41
   ]
   edge [
      id 40
      source 12
      target 104
   ]
   edge [
      id 41
      source 12
      target 113
   ]
   edge [
      id 42
      source 12
      target 115
   ]
   edge [
      id 43
      source 13
      target 80
   ]
   edge [
      id 44
      source 13
      target 103
   ]
   edge [
      id 45
      source 13
      target 105
   ]
   edge [
      id 46
      source 13
      target 128
   ]
   edge [
      id 47
      source 14
      target 80
   ]
   edge [
      id 48
      source 14
      target 105
   ]
   edge [
      id 49
      source 14
      target 128
   ]
   edge [
      id 50
      source 15
      target 80
   ]
   edge [
      id 51
      source 15
      target 128
   ]
   edge [
      id 52
      source 16
      target 9
   ]
   edge [
      id 53
      source 16
      target 12
   ]
   edge [
      id 54
      source 16
      target 39
   ]
   edge [
      id 55
      source 16
      target 72
   ]
   edge [
      id 56
      source 16
      target 73
   ]
   edge [
      id 57
      source 16
      target 103
   ]
   edge [
      id 58
      source 16
      target 105
   ]
   edge [
      id 59
      source 16
      target 110
   ]
   edge [
      id 60
      source 16
      target 117
   ]
   edge [
      id 61
      source 16
      target 125
   ]
   edge [
      id 62
      source 16
      target 152
   ]
   edge [
      id 63
      source 17
      target 98
   ]
   edge [
      id 64
      source 18
      target 9
   ]
   edge [
      id 65
      source 18
      target 12
   ]
   edge [
      id 66
      source 18
      target 39
   ]
   edge [
      id 67
      source 18
      target 49
   ]
   edge [
      id 68
      source 18
      target 61
   ]
   edge [
      id 69
      source 18
      target 72
   ]
   edge [
      id 70
      source 18
      target 73
   ]
   edge [
      id 71
      source 18
      target 80
   ]
   edge [
      id 72
      source 18
      target 103
   ]
   edge [
      id 73
      source 18
      target 105
   ]
   edge [
      id 74
      source 18
      target 121
   ]
   edge [
      id 75
      source 18
      target 128
   ]
   edge [
      id 76
      source 18
      target 152
   ]
   edge [
      id 77
      source 19
      target 72
   ]
   edge [
      id 78
      source 19
      target 73
   ]
   edge [
      id 79
      source 19
      target 74
   ]
   edge [
      id 80
      source 19
      target 80
   ]
   edge [
      id 81
      source 19
      target 103
   ]
   edge [
      id 82
      source 19
      target 117
   ]
   edge [
      id 83
      source 20
      target 103
   ]
   edge [
      id 84
      source 20
      target 128
   ]
   edge [
      id 85
      source 21
      target 105
   ]
   edge [
      id 86
      source 22
      target 12
   ]
   edge [
      id 87
      source 22
      target 39
   ]
   edge [
      id 88
      source 22
      target 49
   ]
   edge [
      id 89
      source 22
      target 61
   ]
   edge [
      id 90
      source 22
      target 72
   ]
   edge [
      id 91
      source 22
      target 73
   ]
   edge [
      id 92
      source 22
      target 84
   ]
   edge [
      id 93
      source 22
      target 128
   ]
   edge [
      id 94
      source 22
      target 132
   ]
   edge [
      id 95
      source 22
      target 153
   ]
   edge [
      id 96
      source 23
      target 9
   ]
   edge [
      id 97
      source 23
      target 12
   ]
   edge [
      id 98
      source 23
      target 39
   ]
   edge [
      id 99
      source 23
      target 49
   ]
   edge [
      id 100
      source 23
      target 61
   ]
   edge [
      id 101
      source 23
      target 73
   ]
   edge [
      id 102
      source 23
      target 103
   ]
   edge [
      id 103
      source 23
      target 128
   ]
   edge [
      id 104
      source 23
      target 152
   ]
   edge [
      id 105
      source 24
      target 115
   ]
   edge [
      id 106
      source 25
      target 115
   ]
   edge [
      id 107
      source 26
      target 80
   ]
   edge [
      id 108
      source 26
      target 103
   ]
   edge [
      id 109
      source 26
      target 105
   ]
   edge [
      id 110
      source 26
      target 117
   ]
   edge [
      id 111
      source 26
      target 128
   ]
   edge [
      id 112
      source 28
      target 80
   ]
   edge [
      id 113
      source 28
      target 105
   ]
   edge [
      id 114
      source 28
      target 128
   ]
   edge [
      id 115
      source 29
      target 9
   ]
   edge [
      id 116
      source 29
      target 39
   ]
   edge [
      id 117
      source 29
      target 84
   ]
   edge [
      id 118
      source 29
      target 98
   ]
   edge [
      id 119
      source 29
      target 125
   ]
   edge [
      id 120
      source 30
      target 121
   ]
   edge [
      id 121
      source 30
      target 128
   ]
   edge [
      id 122
      source 31
      target 132
   ]
   edge [
      id 123
      source 31
      target 153
   ]
   edge [
      id 124
      source 32
      target 80
   ]
   edge [
      id 125
      source 32
      target 103
   ]
   edge [
      id 126
      source 32
      target 128
   ]
   edge [
      id 127
      source 33
      target 80
   ]
   edge [
      id 128
      source 33
      target 103
   ]
   edge [
      id 129
      source 33
      target 117
   ]
   edge [
      id 130
      source 33
      target 128
   ]
   edge [
      id 131
      source 34
      target 80
   ]
   edge [
      id 132
      source 34
      target 103
   ]
   edge [
      id 133
      source 34
      target 105
   ]
   edge [
      id 134
      source 34
      target 128
   ]
   edge [
      id 135
      source 35
      target 80
   ]
   edge [
      id 136
      source 35
      target 103
   ]
   edge [
      id 137
      source 36
      target 74
   ]
   edge [
      id 138
      source 36
      target 105
   ]
   edge [
      id 139
      source 36
      target 117
   ]
   edge [
      id 140
      source 37
      target 9
   ]
   edge [
      id 141
      source 37
      target 128
   ]
   edge [
      id 142
      source 37
      target 153
   ]
   edge [
      id 143
      source 38
      target 80
   ]
   edge [
      id 144
      source 38
      target 103
   ]
   edge [
      id 145
      source 38
      target 128
   ]
   edge [
      id 146
      source 39
      target 8
   ]
   edge [
      id 147
      source 39
      target 24
   ]
   edge [
      id 148
      source 39
      target 41
   ]
   edge [
      id 149
      source 39
      target 104
   ]
   edge [
      id 150
      source 39
      target 113
   ]
   edge [
      id 151
      source 39
      target 115
   ]
   edge [
      id 152
      source 40
      target 74
   ]
   edge [
      id 153
      source 40
      target 80
   ]
   edge [
      id 154
      source 40
      target 103
   ]
   edge [
      id 155
      source 40
      target 105
   ]
   edge [
      id 156
      source 40
      target 128
   ]
   edge [
      id 157
      source 41
      target 113
   ]
   edge [
      id 158
      source 42
      target 80
   ]
   edge [
      id 159
      source 42
      target 103
   ]
   edge [
      id 160
      source 42
      target 117
   ]
   edge [
      id 161
      source 42
      target 128
   ]
   edge [
      id 162
      source 43
      target 9
   ]
   edge [
      id 163
      source 43
      target 49
   ]
   edge [
      id 164
      source 43
      target 61
   ]
   edge [
      id 165
      source 43
      target 74
   ]
   edge [
      id 166
      source 43
      target 103
   ]
   edge [
      id 167
      source 43
      target 152
   ]
   edge [
      id 168
      source 44
      target 117
   ]
   edge [
      id 169
      source 45
      target 98
   ]
   edge [
      id 170
      source 46
      target 9
   ]
   edge [
      id 171
      source 46
      target 12
   ]
   edge [
      id 172
      source 46
      target 39
   ]
   edge [
      id 173
      source 46
      target 49
   ]
   edge [
      id 174
      source 46
      target 61
   ]
   edge [
      id 175
      source 46
      target 72
   ]
   edge [
      id 176
      source 46
      target 73
   ]
   edge [
      id 177
      source 46
      target 80
   ]
   edge [
      id 178
      source 46
      target 84
   ]
   edge [
      id 179
      source 46
      target 98
   ]
   edge [
      id 180
      source 46
      target 103
   ]
   edge [
      id 181
      source 46
      target 121
   ]
   edge [
      id 182
      source 46
      target 125
   ]
   edge [
      id 183
      source 46
      target 128
   ]
   edge [
      id 184
      source 46
      target 132
   ]
   edge [
      id 185
      source 46
      target 152
   ]
   edge [
      id 186
      source 46
      target 153
   ]
   edge [
      id 187
      source 47
      target 128
   ]
   edge [
      id 188
      source 48
      target 80
   ]
   edge [
      id 189
      source 48
      target 128
   ]
   edge [
      id 190
      source 49
      target 41
   ]
   edge [
      id 191
      source 49
      target 104
   ]
   edge [
      id 192
      source 49
      target 113
   ]
   edge [
      id 193
      source 49
      target 115
   ]
   edge [
      id 194
      source 50
      target 39
   ]
   edge [
      id 195
      source 50
      target 73
   ]
   edge [
      id 196
      source 50
      target 121
   ]
   edge [
      id 197
      source 51
      target 12
   ]
   edge [
      id 198
      source 51
      target 39
   ]
   edge [
      id 199
      source 51
      target 61
   ]
   edge [
      id 200
      source 51
      target 72
   ]
   edge [
      id 201
      source 51
      target 73
   ]
   edge [
      id 202
      source 51
      target 128
   ]
   edge [
      id 203
      source 51
      target 132
   ]
   edge [
      id 204
      source 51
      target 152
   ]
   edge [
      id 205
      source 52
      target 117
   ]
   edge [
      id 206
      source 52
      target 153
   ]
   edge [
      id 207
      source 53
      target 12
   ]
   edge [
      id 208
      source 53
      target 39
   ]
   edge [
      id 209
      source 53
      target 72
   ]
   edge [
      id 210
      source 53
      target 73
   ]
   edge [
      id 211
      source 54
      target 98
   ]
   edge [
      id 212
      source 54
      target 121
   ]
   edge [
      id 213
      source 54
      target 128
   ]
   edge [
      id 214
      source 55
      target 80
   ]
   edge [
      id 215
      source 55
      target 117
   ]
   edge [
      id 216
      source 56
      target 128
   ]
   edge [
      id 217
      source 57
      target 12
   ]
   edge [
      id 218
      source 57
      target 39
   ]
   edge [
      id 219
      source 57
      target 61
   ]
   edge [
      id 220
      source 57
      target 72
   ]
   edge [
      id 221
      source 57
      target 73
   ]
   edge [
      id 222
      source 58
      target 72
   ]
   edge [
      id 223
      source 58
      target 153
   ]
   edge [
      id 224
      source 59
      target 117
   ]
   edge [
      id 225
      source 59
      target 125
   ]
   edge [
      id 226
      source 59
      target 155
   ]
   edge [
      id 227
      source 60
      target 80
   ]
   edge [
      id 228
      source 60
      target 128
   ]
   edge [
      id 229
      source 61
      target 24
   ]
   edge [
      id 230
      source 61
      target 41
   ]
   edge [
      id 231
      source 61
      target 104
   ]
   edge [
      id 232
      source 61
      target 113
   ]
   edge [
      id 233
      source 61
      target 115
   ]
   edge [
      id 234
      source 62
      target 128
   ]
   edge [
      id 235
      source 63
      target 39
   ]
   edge [
      id 236
      source 63
      target 49
   ]
   edge [
      id 237
      source 63
      target 73
   ]
   edge [
      id 238
      source 64
      target 121
   ]
   edge [
      id 239
      source 64
      target 125
   ]
   edge [
      id 240
      source 65
      target 39
   ]
   edge [
      id 241
      source 65
      target 61
   ]
   edge [
      id 242
      source 65
      target 72
   ]
   edge [
      id 243
      source 65
      target 73
   ]
   edge [
      id 244
      source 65
      target 105
   ]
   edge [
      id 245
      source 65
      target 128
   ]
   edge [
      id 246
      source 65
      target 132
   ]
   edge [
      id 247
      source 66
      target 128
   ]
   edge [
      id 248
      source 67
      target 117
   ]
   edge [
      id 249
      source 68
      target 12
   ]
   edge [
      id 250
      source 68
      target 39
   ]
   edge [
      id 251
      source 68
      target 61
   ]
   edge [
      id 252
      source 68
      target 72
   ]
   edge [
      id 253
      source 68
      target 73
   ]
   edge [
      id 254
      source 68
      target 132
   ]
   edge [
      id 255
      source 68
      target 153
   ]
   edge [
      id 256
      source 69
      target 80
   ]
   edge [
      id 257
      source 69
      target 103
   ]
   edge [
      id 258
      source 69
      target 105
   ]
   edge [
      id 259
      source 69
      target 128
   ]
   edge [
      id 260
      source 70
      target 80
   ]
   edge [
      id 261
      source 70
      target 103
   ]
   edge [
      id 262
      source 70
      target 128
   ]
   edge [
      id 263
      source 71
      target 80
   ]
   edge [
      id 264
      source 72
      target 8
   ]
   edge [
      id 265
      source 72
      target 24
   ]
   edge [
      id 266
      source 72
      target 41
   ]
   edge [
      id 267
      source 72
      target 104
   ]
   edge [
      id 268
      source 72
      target 113
   ]
   edge [
      id 269
      source 72
      target 115
   ]
   edge [
      id 270
      source 73
      target 8
   ]
   edge [
      id 271
      source 73
      target 24
   ]
   edge [
      id 272
      source 73
      target 41
   ]
   edge [
      id 273
      source 73
      target 104
   ]
   edge [
      id 274
      source 73
      target 113
   ]
   edge [
      id 275
      source 73
      target 115
   ]
   edge [
      id 276
      source 74
      target 113
   ]
   edge [
      id 277
      source 75
      target 9
   ]
   edge [
      id 278
      source 75
      target 61
   ]
   edge [
      id 279
      source 75
      target 72
   ]
   edge [
      id 280
      source 75
      target 74
   ]
   edge [
      id 281
      source 75
      target 103
   ]
   edge [
      id 282
      source 75
      target 152
   ]
   edge [
      id 283
      source 75
      target 153
   ]
   edge [
      id 284
      source 76
      target 74
   ]
   edge [
      id 285
      source 76
      target 80
   ]
   edge [
      id 286
      source 76
      target 103
   ]
   edge [
      id 287
      source 76
      target 128
   ]
   edge [
      id 288
      source 77
      target 74
   ]
   edge [
      id 289
      source 77
      target 80
   ]
   edge [
      id 290
      source 77
      target 103
   ]
   edge [
      id 291
      source 77
      target 105
   ]
   edge [
      id 292
      source 77
      target 128
   ]
   edge [
      id 293
      source 78
      target 9
   ]
   edge [
      id 294
      source 78
      target 12
   ]
   edge [
      id 295
      source 78
      target 39
   ]
   edge [
      id 296
      source 78
      target 49
   ]
   edge [
      id 297
      source 78
      target 61
   ]
   edge [
      id 298
      source 78
      target 72
   ]
   edge [
      id 299
      source 78
      target 73
   ]
   edge [
      id 300
      source 78
      target 103
   ]
   edge [
      id 301
      source 78
      target 121
   ]
   edge [
      id 302
      source 78
      target 132
   ]
   edge [
      id 303
      source 78
      target 152
   ]
   edge [
      id 304
      source 79
      target 80
   ]
   edge [
      id 305
      source 80
      target 115
   ]
   edge [
      id 306
      source 81
      target 12
   ]
   edge [
      id 307
      source 81
      target 61
   ]
   edge [
      id 308
      source 81
      target 72
   ]
   edge [
      id 309
      source 81
      target 73
   ]
   edge [
      id 310
      source 81
      target 80
   ]
   edge [
      id 311
      source 81
      target 84
   ]
   edge [
      id 312
      source 81
      target 98
   ]
   edge [
      id 313
      source 81
      target 105
   ]
   edge [
      id 314
      source 81
      target 110
   ]
   edge [
      id 315
      source 81
      target 117
   ]
   edge [
      id 316
      source 81
      target 125
   ]
   edge [
      id 317
      source 81
      target 128
   ]
   edge [
      id 318
      source 81
      target 131
   ]
   edge [
      id 319
      source 81
      target 132
   ]
   edge [
      id 320
      source 81
      target 155
   ]
   edge [
      id 321
      source 82
      target 9
   ]
   edge [
      id 322
      source 82
      target 49
   ]
   edge [
      id 323
      source 82
      target 72
   ]
   edge [
      id 324
      source 82
      target 74
   ]
   edge [
      id 325
      source 82
      target 80
   ]
   edge [
      id 326
      source 82
      target 103
   ]
   edge [
      id 327
      source 82
      target 105
   ]
   edge [
      id 328
      source 82
      target 117
   ]
   edge [
      id 329
      source 82
      target 128
   ]
   edge [
      id 330
      source 82
      target 152
   ]
   edge [
      id 331
      source 83
      target 74
   ]
   edge [
      id 332
      source 83
      target 80
   ]
   edge [
      id 333
      source 83
      target 103
   ]
   edge [
      id 334
      source 83
      target 105
   ]
   edge [
      id 335
      source 83
      target 128
   ]
   edge [
      id 336
      source 85
      target 80
   ]
   edge [
      id 337
      source 85
      target 105
   ]
   edge [
      id 338
      source 85
      target 128
   ]
   edge [
      id 339
      source 86
      target 131
   ]
   edge [
      id 340
      source 87
      target 9
   ]
   edge [
      id 341
      source 87
      target 12
   ]
   edge [
      id 342
      source 87
      target 39
   ]
   edge [
      id 343
      source 87
      target 61
   ]
   edge [
      id 344
      source 87
      target 72
   ]
   edge [
      id 345
      source 87
      target 84
   ]
   edge [
      id 346
      source 87
      target 98
   ]
   edge [
      id 347
      source 87
      target 103
   ]
   edge [
      id 348
      source 87
      target 117
   ]
   edge [
      id 349
      source 87
      target 152
   ]
   edge [
      id 350
      source 87
      target 155
   ]
   edge [
      id 351
      source 88
      target 80
   ]
   edge [
      id 352
      source 88
      target 128
   ]
   edge [
      id 353
      source 89
      target 9
   ]
   edge [
      id 354
      source 89
      target 12
   ]
   edge [
      id 355
      source 89
      target 39
   ]
   edge [
      id 356
      source 89
      target 49
   ]
   edge [
      id 357
      source 89
      target 61
   ]
   edge [
      id 358
      source 89
      target 72
   ]
   edge [
      id 359
      source 89
      target 73
   ]
   edge [
      id 360
      source 90
      target 103
   ]
   edge [
      id 361
      source 90
      target 128
   ]
   edge [
      id 362
      source 91
      target 80
   ]
   edge [
      id 363
      source 91
      target 103
   ]
   edge [
      id 364
      source 91
      target 105
   ]
   edge [
      id 365
      source 92
      target 9
   ]
   edge [
      id 366
      source 92
      target 39
   ]
   edge [
      id 367
      source 92
      target 72
   ]
   edge [
      id 368
      source 92
      target 73
   ]
   edge [
      id 369
      source 92
      target 74
   ]
   edge [
      id 370
      source 92
      target 103
   ]
   edge [
      id 371
      source 92
      target 105
   ]
   edge [
      id 372
      source 93
      target 80
   ]
   edge [
      id 373
      source 93
      target 117
   ]
   edge [
      id 374
      source 93
      target 128
   ]
   edge [
      id 375
      source 94
      target 80
   ]
   edge [
      id 376
      source 94
      target 128
   ]
   edge [
      id 377
      source 95
      target 80
   ]
   edge [
      id 378
      source 95
      target 105
   ]
   edge [
      id 379
      source 96
      target 80
   ]
   edge [
      id 380
      source 96
      target 128
   ]
   edge [
      id 381
      source 97
      target 117
   ]
   edge [
      id 382
      source 98
      target 41
   ]
   edge [
      id 383
      source 98
      target 104
   ]
   edge [
      id 384
      source 98
      target 113
   ]
   edge [
      id 385
      source 98
      target 115
   ]
   edge [
      id 386
      source 99
      target 128
   ]
   edge [
      id 387
      source 100
      target 115
   ]
   edge [
      id 388
      source 101
      target 80
   ]
   edge [
      id 389
      source 102
      target 153
   ]
   edge [
      id 390
      source 105
      target 8
   ]
   edge [
      id 391
      source 105
      target 25
   ]
   edge [
      id 392
      source 105
      target 27
   ]
   edge [
      id 393
      source 105
      target 41
   ]
   edge [
      id 394
      source 105
      target 104
   ]
   edge [
      id 395
      source 105
      target 113
   ]
   edge [
      id 396
      source 105
      target 115
   ]
   edge [
      id 397
      source 106
      target 74
   ]
   edge [
      id 398
      source 106
      target 80
   ]
   edge [
      id 399
      source 106
      target 103
   ]
   edge [
      id 400
      source 106
      target 105
   ]
   edge [
      id 401
      source 106
      target 128
   ]
   edge [
      id 402
      source 107
      target 39
   ]
   edge [
      id 403
      source 107
      target 72
   ]
   edge [
      id 404
      source 107
      target 73
   ]
   edge [
      id 405
      source 107
      target 128
   ]
   edge [
      id 406
      source 108
      target 80
   ]
   edge [
      id 407
      source 108
      target 105
   ]
   edge [
      id 408
      source 108
      target 128
   ]
   edge [
      id 409
      source 109
      target 74
   ]
   edge [
      id 410
      source 110
      target 8
   ]
   edge [
      id 411
      source 110
      target 41
   ]
   edge [
      id 412
      source 110
      target 104
   ]
   edge [
      id 413
      source 110
      target 113
   ]
   edge [
      id 414
      source 110
      target 115
   ]
   edge [
      id 415
      source 111
      target 12
   ]
   edge [
      id 416
      source 111
      target 39
   ]
   edge [
      id 417
      source 111
      target 61
   ]
   edge [
      id 418
      source 111
      target 72
   ]
   edge [
      id 419
      source 111
      target 73
   ]
   edge [
      id 420
      source 111
      target 98
   ]
   edge [
      id 421
      source 111
      target 117
   ]
   edge [
      id 422
      source 111
      target 132
   ]
   edge [
      id 423
      source 111
      target 152
   ]
   edge [
      id 424
      source 112
      target 117
   ]
   edge [
      id 425
      source 112
      target 153
   ]
   edge [
      id 426
      source 113
      target 113
   ]
   edge [
      id 427
      source 114
      target 9
   ]
   edge [
      id 428
      source 114
      target 39
   ]
   edge [
      id 429
      source 114
      target 80
   ]
   edge [
      id 430
      source 114
      target 98
   ]
   edge [
      id 431
      source 114
      target 105
   ]
   edge [
      id 432
      source 114
      target 128
   ]
   edge [
      id 433
      source 114
      target 131
   ]
   edge [
      id 434
      source 114
      target 152
   ]
   edge [
      id 435
      source 114
      target 153
   ]
   edge [
      id 436
      source 116
      target 84
   ]
   edge [
      id 437
      source 117
      target 115
   ]
   edge [
      id 438
      source 118
      target 80
   ]
   edge [
      id 439
      source 118
      target 103
   ]
   edge [
      id 440
      source 118
      target 128
   ]
   edge [
      id 441
      source 119
      target 74
   ]
   edge [
      id 442
      source 119
      target 80
   ]
   edge [
      id 443
      source 119
      target 103
   ]
   edge [
      id 444
      source 119
      target 128
   ]
   edge [
      id 445
      source 120
      target 80
   ]
   edge [
      id 446
      source 120
      target 128
   ]
   edge [
      id 447
      source 121
      target 27
   ]
   edge [
      id 448
      source 121
      target 115
   ]
   edge [
      id 449
      source 122
      target 128
   ]
   edge [
      id 450
      source 123
      target 9
   ]
   edge [
      id 451
      source 123
      target 12
   ]
   edge [
      id 452
      source 123
      target 39
   ]
   edge [
      id 453
      source 123
      target 49
   ]
   edge [
      id 454
      source 123
      target 61
   ]
   edge [
      id 455
      source 123
      target 72
   ]
   edge [
      id 456
      source 123
      target 73
   ]
   edge [
      id 457
      source 123
      target 80
   ]
   edge [
      id 458
      source 123
      target 128
   ]
   edge [
      id 459
      source 123
      target 132
   ]
   edge [
      id 460
      source 123
      target 152
   ]
   edge [
      id 461
      source 124
      target 72
   ]
   edge [
      id 462
      source 124
      target 80
   ]
   edge [
      id 463
      source 124
      target 128
   ]
   edge [
      id 464
      source 125
      target 8
   ]
   edge [
      id 465
      source 125
      target 41
   ]
   edge [
      id 466
      source 125
      target 104
   ]
   edge [
      id 467
      source 125
      target 113
   ]
   edge [
      id 468
      source 125
      target 115
   ]
   edge [
      id 469
      source 126
      target 98
   ]
   edge [
      id 470
      source 127
      target 74
   ]
   edge [
      id 471
      source 127
      target 80
   ]
   edge [
      id 472
      source 127
      target 103
   ]
   edge [
      id 473
      source 127
      target 128
   ]
   edge [
      id 474
      source 128
      target 27
   ]
   edge [
      id 475
      source 129
      target 49
   ]
   edge [
      id 476
      source 130
      target 80
   ]
   edge [
      id 477
      source 130
      target 128
   ]
   edge [
      id 478
      source 131
      target 8
   ]
   edge [
      id 479
      source 131
      target 41
   ]
   edge [
      id 480
      source 131
      target 104
   ]
   edge [
      id 481
      source 131
      target 113
   ]
   edge [
      id 482
      source 131
      target 115
   ]
   edge [
      id 483
      source 132
      target 27
   ]
   edge [
      id 484
      source 132
      target 100
   ]
   edge [
      id 485
      source 132
      target 104
   ]
   edge [
      id 486
      source 132
      target 113
   ]
   edge [
      id 487
      source 132
      target 115
   ]
   edge [
      id 488
      source 133
      target 103
   ]
   edge [
      id 489
      source 133
      target 128
   ]
   edge [
      id 490
      source 134
      target 117
   ]
   edge [
      id 491
      source 135
      target 80
   ]
   edge [
      id 492
      source 135
      target 103
   ]
   edge [
      id 493
      source 135
      target 117
   ]
   edge [
      id 494
      source 135
      target 128
   ]
   edge [
      id 495
      source 136
      target 80
   ]
   edge [
      id 496
      source 136
      target 128
   ]
   edge [
      id 497
      source 137
      target 80
   ]
   edge [
      id 498
      source 137
      target 103
   ]
   edge [
      id 499
      source 137
      target 105
   ]
   edge [
      id 500
      source 137
      target 128
   ]
   edge [
      id 501
      source 138
      target 80
   ]
   edge [
      id 502
      source 138
      target 128
   ]
   edge [
      id 503
      source 139
      target 153
   ]
   edge [
      id 504
      source 140
      target 153
   ]
   edge [
      id 505
      source 141
      target 9
   ]
   edge [
      id 506
      source 141
      target 12
   ]
   edge [
      id 507
      source 141
      target 39
   ]
   edge [
      id 508
      source 141
      target 72
   ]
   edge [
      id 509
      source 141
      target 73
   ]
   edge [
      id 510
      source 141
      target 74
   ]
   edge [
      id 511
      source 141
      target 103
   ]
   edge [
      id 512
      source 141
      target 152
   ]
   edge [
      id 513
      source 142
      target 80
   ]
   edge [
      id 514
      source 142
      target 105
   ]
   edge [
      id 515
      source 142
      target 128
   ]
   edge [
      id 516
      source 143
      target 9
   ]
   edge [
      id 517
      source 143
      target 12
   ]
   edge [
      id 518
      source 143
      target 39
   ]
   edge [
      id 519
      source 143
      target 61
   ]
   edge [
      id 520
      source 143
      target 72
   ]
   edge [
      id 521
      source 143
      target 73
   ]
   edge [
      id 522
      source 143
      target 74
   ]
   edge [
      id 523
      source 143
      target 103
   ]
   edge [
      id 524
      source 143
      target 105
   ]
   edge [
      id 525
      source 143
      target 117
   ]
   edge [
      id 526
      source 143
      target 128
   ]
   edge [
      id 527
      source 143
      target 152
   ]
   edge [
      id 528
      source 144
      target 105
   ]
   edge [
      id 529
      source 144
      target 128
   ]
   edge [
      id 530
      source 145
      target 9
   ]
   edge [
      id 531
      source 146
      target 72
   ]
   edge [
      id 532
      source 146
      target 73
   ]
   edge [
      id 533
      source 147
      target 9
   ]
   edge [
      id 534
      source 147
      target 12
   ]
   edge [
      id 535
      source 147
      target 39
   ]
   edge [
      id 536
      source 147
      target 72
   ]
   edge [
      id 537
      source 147
      target 73
   ]
   edge [
      id 538
      source 147
      target 84
   ]
   edge [
      id 539
      source 147
      target 103
   ]
   edge [
      id 540
      source 147
      target 105
   ]
   edge [
      id 541
      source 147
      target 110
   ]
   edge [
      id 542
      source 147
      target 117
   ]
   edge [
      id 543
      source 147
      target 125
   ]
   edge [
      id 544
      source 147
      target 152
   ]
   edge [
      id 545
      source 148
      target 128
   ]
   edge [
      id 546
      source 149
      target 9
   ]
   edge [
      id 547
      source 149
      target 12
   ]
   edge [
      id 548
      source 149
      target 39
   ]
   edge [
      id 549
      source 149
      target 49
   ]
   edge [
      id 550
      source 149
      target 61
   ]
   edge [
      id 551
      source 149
      target 84
   ]
   edge [
      id 552
      source 149
      target 103
   ]
   edge [
      id 553
      source 149
      target 125
   ]
   edge [
      id 554
      source 149
      target 152
   ]
   edge [
      id 555
      source 150
      target 12
   ]
   edge [
      id 556
      source 150
      target 49
   ]
   edge [
      id 557
      source 151
      target 128
   ]
   edge [
      id 558
      source 152
      target 113
   ]
   edge [
      id 559
      source 153
      target 113
   ]
   edge [
      id 560
      source 153
      target 115
   ]
   edge [
      id 561
      source 154
      target 9
   ]
   edge [
      id 562
      source 154
      target 12
   ]
   edge [
      id 563
      source 154
      target 39
   ]
   edge [
      id 564
      source 154
      target 49
   ]
   edge [
      id 565
      source 154
      target 61
   ]
   edge [
      id 566
      source 154
      target 72
   ]
   edge [
      id 567
      source 154
      target 73
   ]
   edge [
      id 568
      source 154
      target 80
   ]
   edge [
      id 569
      source 154
      target 84
   ]
   edge [
      id 570
      source 154
      target 103
   ]
   edge [
      id 571
      source 154
      target 110
   ]
   edge [
      id 572
      source 154
      target 117
   ]
   edge [
      id 573
      source 154
      target 121
   ]
   edge [
      id 574
      source 154
      target 125
   ]
   edge [
      id 575
      source 154
      target 128
   ]
   edge [
      id 576
      source 154
      target 132
   ]
   edge [
      id 577
      source 154
      target 152
   ]
   edge [
      id 578
      source 154
      target 153
   ]
   edge [
      id 579
      source 154
      target 155
   ]
   edge [
      id 580
      source 155
      target 104
   ]
   edge [
      id 581
      source 155
      target 113
   ]
   edge [
      id 582
      source 155
      target 115
   ]
   edge [
      id 583
      source 156
      target 80
   ]
   edge [
      id 584
      source 157
      target 80
   ]
   edge [
      id 585
      source 157
      target 128
   ]
   edge [
      id 586
      source 158
      target 98
   ]
   edge [
      id 587
      source 159
      target 80
   ]
   edge [
      id 588
      source 159
      target 103
   ]
   edge [
      id 589
      source 159
      target 128
   ]
   edge [
      id 590
      source 160
      target 80
   ]
   edge [
      id 591
      source 160
      target 103
   ]
]
