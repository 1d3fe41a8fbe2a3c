Creator "igraph version 0.10.2 Thu Jan  1 00:00:00 2026"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    name "Myriel"
    x -2179.33215721795
    y -228.932810781848
  ]
  node
  [
    id 1
    name "Napoleon"
    x -2174.24197408235
    y -226.158998751242
  ]
  node
  [
    id 2
    name "MlleBaptistine"
    x -2183.4970755761
    y -229.004956966159
  ]
  node
  [
    id 3
    name "MmeMagloire"
    x -2182.92781845133
    y -226.777620559524
  ]
  node
  [
    id 4
    name "CountessDeLo"
    x -2173.7927882906
    y -231.81599226393
  ]
  node
  [
    id 5
    name "Geborand"
    x -2175.93031171866
    y -233.738051504069
  ]
  node
  [
    id 6
    name "Champtercier"
    x -2173.12300877752
    y -228.796670609031
  ]
  node
  [
    id 7
    name "Cravatte"
    x -2178.70431245753
    y -233.781363196564
  ]
  node
  [
    id 8
    name "Count"
    x -2176.0151030788
    y -229.781450963216
  ]
  node
  [
    id 9
    name "OldMan"
    x -2176.71204103423
    y -224.860957367258
  ]
  node
  [
    id 10
    name "Labarre"
    x -2183.9269485128
    y -222.97140897415
  ]
  node
  [
    id 11
    name "Valjean"
    x -2190.83188616767
    y -226.228162154764
  ]
  node
  [
    id 12
    name "Marguerite"
    x -2194.56938110921
    y -232.539149077785
  ]
  node
  [
    id 13
    name "MmeDeR"
    x -2186.74656073789
    y -223.200986868396
  ]
  node
  [
    id 14
    name "Isabeau"
    x -2185.16628786459
    y -225.320443014485
  ]
  node
  [
    id 15
    name "Gervais"
    x -2186.05562803841
    y -220.809018645691
  ]
  node
  [
    id 16
    name "Tholomyes"
    x -2200.6176819618
    y -229.095763933111
  ]
  node
  [
    id 17
    name "Listolier"
    x -2202.70013594544
    y -233.835017851197
  ]
  node
  [
    id 18
    name "Fameuil"
    x -2203.06929867956
    y -230.63096367948
  ]
  node
  [
    id 19
    name "Blacheville"
    x -2203.78006589714
    y -232.367140832686
  ]
  node
  [
    id 20
    name "Favourite"
    x -2200.09174205955
    y -232.601386533458
  ]
  node
  [
    id 21
    name "Dahlia"
    x -2200.94471063167
    y -234.234600313674
  ]
  node
  [
    id 22
    name "Zephine"
    x -2201.67699982133
    y -231.821122165601
  ]
  node
  [
    id 23
    name "Fantine"
    x -2197.76353929564
    y -229.966214574381
  ]
  node
  [
    id 24
    name "MmeThenardier"
    x -2195.78793764585
    y -224.69815082793
  ]
  node
  [
    id 25
    name "Thenardier"
    x -2195.63532849458
    y -222.613277109196
  ]
  node
  [
    id 26
    name "Cosette"
    x -2197.12219342785
    y -225.912227859944
  ]
  node
  [
    id 27
    name "Javert"
    x -2193.03464380035
    y -225.424373307988
  ]
  node
  [
    id 28
    name "Fauchelevent"
    x -2187.80797597911
    y -229.436460699197
  ]
  node
  [
    id 29
    name "Bamatabois"
    x -2192.28725013713
    y -230.488776917125
  ]
  node
  [
    id 30
    name "Perpetue"
    x -2196.92680256867
    y -235.017279971243
  ]
  node
  [
    id 31
    name "Simplice"
    x -2195.02486865825
    y -230.369031395063
  ]
  node
  [
    id 32
    name "Scaufflaire"
    x -2185.57925185018
    y -231.229716796204
  ]
  node
  [
    id 33
    name "Woman1"
    x -2188.46376853138
    y -225.739219267406
  ]
  node
  [
    id 34
    name "Judge"
    x -2188.4687219586
    y -232.078415182735
  ]
  node
  [
    id 35
    name "Champmathieu"
    x -2191.66062131618
    y -233.490014970187
  ]
  node
  [
    id 36
    name "Brevet"
    x -2190.7371502748
    y -231.983110410043
  ]
  node
  [
    id 37
    name "Chenildieu"
    x -2189.54400297681
    y -233.668062392404
  ]
  node
  [
    id 38
    name "Cochepaille"
    x -2189.82644869896
    y -230.417788536522
  ]
  node
  [
    id 39
    name "Pontmercy"
    x -2201.63178875565
    y -220.991016230255
  ]
  node
  [
    id 40
    name "Boulatruelle"
    x -2200.8384738982
    y -217.456979242549
  ]
  node
  [
    id 41
    name "Eponine"
    x -2194.77428556926
    y -220.588267836324
  ]
  node
  [
    id 42
    name "Anzelma"
    x -2198.95300765236
    y -221.048564969871
  ]
  node
  [
    id 43
    name "Woman2"
    x -2193.09116896272
    y -227.963953854721
  ]
  node
  [
    id 44
    name "MotherInnocent"
    x -2186.09640056221
    y -227.886582646544
  ]
  node
  [
    id 45
    name "Gribier"
    x -2184.79771371776
    y -235.167964002214
  ]
  node
  [
    id 46
    name "Jondrette"
    x -2188.52575898779
    y -205.487264127259
  ]
  node
  [
    id 47
    name "MmeBurgon"
    x -2189.90919401515
    y -210.246133711331
  ]
  node
  [
    id 48
    name "Gavroche"
    x -2192.07274714674
    y -218.004311284136
  ]
  node
  [
    id 49
    name "Gillenormand"
    x -2198.60433228466
    y -223.578373713364
  ]
  node
  [
    id 50
    name "Magnon"
    x -2202.12224997005
    y -225.939101440912
  ]
  node
  [
    id 51
    name "MlleGillenormand"
    x -2199.95387632188
    y -225.09987060979
  ]
  node
  [
    id 52
    name "MmePontmercy"
    x -2205.38294800504
    y -222.556220992398
  ]
  node
  [
    id 53
    name "MlleVaubois"
    x -2206.44492373591
    y -226.145507706421
  ]
  node
  [
    id 54
    name "LtGillenormand"
    x -2201.384257819
    y -223.295764546599
  ]
  node
  [
    id 55
    name "Marius"
    x -2197.04282330624
    y -220.554887348245
  ]
  node
  [
    id 56
    name "BaronessT"
    x -2202.84136624721
    y -219.27416864645
  ]
  node
  [
    id 57
    name "Mabeuf"
    x -2197.5823317688
    y -216.304330266214
  ]
  node
  [
    id 58
    name "Enjolras"
    x -2193.5363390739
    y -218.817115144362
  ]
  node
  [
    id 59
    name "Combeferre"
    x -2196.43229875875
    y -214.68078955643
  ]
  node
  [
    id 60
    name "Prouvaire"
    x -2194.66494539632
    y -213.343608244099
  ]
  node
  [
    id 61
    name "Feuilly"
    x -2196.09129068706
    y -216.872504682361
  ]
  node
  [
    id 62
    name "Courfeyrac"
    x -2193.62964644988
    y -216.545426901982
  ]
  node
  [
    id 63
    name "Bahorel"
    x -2193.89457091092
    y -215.070805737385
  ]
  node
  [
    id 64
    name "Bossuet"
    x -2194.61660282847
    y -217.930264839923
  ]
  node
  [
    id 65
    name "Joly"
    x -2195.20214977548
    y -215.585409967343
  ]
  node
  [
    id 66
    name "Grantaire"
    x -2192.67505520348
    y -213.955908241335
  ]
  node
  [
    id 67
    name "MotherPlutarch"
    x -2201.25490142684
    y -211.441854256528
  ]
  node
  [
    id 68
    name "Gueulemer"
    x -2193.44736461733
    y -223.047277124762
  ]
  node
  [
    id 69
    name "Babet"
    x -2191.75699171875
    y -223.296670688931
  ]
  node
  [
    id 70
    name "Claquesous"
    x -2192.66101948868
    y -221.722800844456
  ]
  node
  [
    id 71
    name "Montparnasse"
    x -2190.58199877173
    y -222.070816341911
  ]
  node
  [
    id 72
    name "Toussaint"
    x -2195.23447191061
    y -227.801146362359
  ]
  node
  [
    id 73
    name "Child1"
    x -2186.37123423876
    y -215.287993762725
  ]
  node
  [
    id 74
    name "Child2"
    x -2187.67556891946
    y -213.166803973834
  ]
  node
  [
    id 75
    name "Brujon"
    x -2190.94719817497
    y -220.162279890885
  ]
  node
  [
    id 76
    name "MmeHucheloup"
    x -2191.07160324928
    y -215.377290894165
  ]
  edge
  [
    source 1
    target 0
    weight 1
  ]
  edge
  [
    source 2
    target 0
    weight 8
  ]
  edge
  [
    source 3
    target 0
    weight 10
  ]
  edge
  [
    source 3
    target 2
    weight 6
  ]
  edge
  [
    source 4
    target 0
    weight 1
  ]
  edge
  [
    source 5
    target 0
    weight 1
  ]
  edge
  [
    source 6
    target 0
    weight 1
  ]
  edge
  [
    source 7
    target 0
    weight 1
  ]
  edge
  [
    source 8
    target 0
    weight 2
  ]
  edge
  [
    source 9
    target 0
    weight 1
  ]
  edge
  [
    source 11
    target 10
    weight 1
  ]
  edge
  [
    source 11
    target 3
    weight 3
  ]
  edge
  [
    source 11
    target 2
    weight 3
  ]
  edge
  [
    source 11
    target 0
    weight 5
  ]
  edge
  [
    source 12
    target 11
    weight 1
  ]
  edge
  [
    source 13
    target 11
    weight 1
  ]
  edge
  [
    source 14
    target 11
    weight 1
  ]
  edge
  [
    source 15
    target 11
    weight 1
  ]
  edge
  [
    source 17
    target 16
    weight 4
  ]
  edge
  [
    source 18
    target 16
    weight 4
  ]
  edge
  [
    source 18
    target 17
    weight 4
  ]
  edge
  [
    source 19
    target 16
    weight 4
  ]
  edge
  [
    source 19
    target 17
    weight 4
  ]
  edge
  [
    source 19
    target 18
    weight 4
  ]
  edge
  [
    source 20
    target 16
    weight 3
  ]
  edge
  [
    source 20
    target 17
    weight 3
  ]
  edge
  [
    source 20
    target 18
    weight 3
  ]
  edge
  [
    source 20
    target 19
    weight 4
  ]
  edge
  [
    source 21
    target 16
    weight 3
  ]
  edge
  [
    source 21
    target 17
    weight 3
  ]
  edge
  [
    source 21
    target 18
    weight 3
  ]
  edge
  [
    source 21
    target 19
    weight 3
  ]
  edge
  [
    source 21
    target 20
    weight 5
  ]
  edge
  [
    source 22
    target 16
    weight 3
  ]
  edge
  [
    source 22
    target 17
    weight 3
  ]
  edge
  [
    source 22
    target 18
    weight 3
  ]
  edge
  [
    source 22
    target 19
    weight 3
  ]
  edge
  [
    source 22
    target 20
    weight 4
  ]
  edge
  [
    source 22
    target 21
    weight 4
  ]
  edge
  [
    source 23
    target 16
    weight 3
  ]
  edge
  [
    source 23
    target 17
    weight 3
  ]
  edge
  [
    source 23
    target 18
    weight 3
  ]
  edge
  [
    source 23
    target 19
    weight 3
  ]
  edge
  [
    source 23
    target 20
    weight 4
  ]
  edge
  [
    source 23
    target 21
    weight 4
  ]
  edge
  [
    source 23
    target 22
    weight 4
  ]
  edge
  [
    source 23
    target 12
    weight 2
  ]
  edge
  [
    source 23
    target 11
    weight 9
  ]
  edge
  [
    source 24
    target 23
    weight 2
  ]
  edge
  [
    source 24
    target 11
    weight 7
  ]
  edge
  [
    source 25
    target 24
    weight 13
  ]
  edge
  [
    source 25
    target 23
    weight 1
  ]
  edge
  [
    source 25
    target 11
    weight 12
  ]
  edge
  [
    source 26
    target 24
    weight 4
  ]
  edge
  [
    source 26
    target 11
    weight 31
  ]
  edge
  [
    source 26
    target 16
    weight 1
  ]
  edge
  [
    source 26
    target 25
    weight 1
  ]
  edge
  [
    source 27
    target 11
    weight 17
  ]
  edge
  [
    source 27
    target 23
    weight 5
  ]
  edge
  [
    source 27
    target 25
    weight 5
  ]
  edge
  [
    source 27
    target 24
    weight 1
  ]
  edge
  [
    source 27
    target 26
    weight 1
  ]
  edge
  [
    source 28
    target 11
    weight 8
  ]
  edge
  [
    source 28
    target 27
    weight 1
  ]
  edge
  [
    source 29
    target 23
    weight 1
  ]
  edge
  [
    source 29
    target 27
    weight 1
  ]
  edge
  [
    source 29
    target 11
    weight 2
  ]
  edge
  [
    source 30
    target 23
    weight 1
  ]
  edge
  [
    source 31
    target 30
    weight 2
  ]
  edge
  [
    source 31
    target 11
    weight 3
  ]
  edge
  [
    source 31
    target 23
    weight 2
  ]
  edge
  [
    source 31
    target 27
    weight 1
  ]
  edge
  [
    source 32
    target 11
    weight 1
  ]
  edge
  [
    source 33
    target 11
    weight 2
  ]
  edge
  [
    source 33
    target 27
    weight 1
  ]
  edge
  [
    source 34
    target 11
    weight 3
  ]
  edge
  [
    source 34
    target 29
    weight 2
  ]
  edge
  [
    source 35
    target 11
    weight 3
  ]
  edge
  [
    source 35
    target 34
    weight 3
  ]
  edge
  [
    source 35
    target 29
    weight 2
  ]
  edge
  [
    source 36
    target 34
    weight 2
  ]
  edge
  [
    source 36
    target 35
    weight 2
  ]
  edge
  [
    source 36
    target 11
    weight 2
  ]
  edge
  [
    source 36
    target 29
    weight 1
  ]
  edge
  [
    source 37
    target 34
    weight 2
  ]
  edge
  [
    source 37
    target 35
    weight 2
  ]
  edge
  [
    source 37
    target 36
    weight 2
  ]
  edge
  [
    source 37
    target 11
    weight 2
  ]
  edge
  [
    source 37
    target 29
    weight 1
  ]
  edge
  [
    source 38
    target 34
    weight 2
  ]
  edge
  [
    source 38
    target 35
    weight 2
  ]
  edge
  [
    source 38
    target 36
    weight 2
  ]
  edge
  [
    source 38
    target 37
    weight 2
  ]
  edge
  [
    source 38
    target 11
    weight 2
  ]
  edge
  [
    source 38
    target 29
    weight 1
  ]
  edge
  [
    source 39
    target 25
    weight 1
  ]
  edge
  [
    source 40
    target 25
    weight 1
  ]
  edge
  [
    source 41
    target 24
    weight 2
  ]
  edge
  [
    source 41
    target 25
    weight 3
  ]
  edge
  [
    source 42
    target 41
    weight 2
  ]
  edge
  [
    source 42
    target 25
    weight 2
  ]
  edge
  [
    source 42
    target 24
    weight 1
  ]
  edge
  [
    source 43
    target 11
    weight 3
  ]
  edge
  [
    source 43
    target 26
    weight 1
  ]
  edge
  [
    source 43
    target 27
    weight 1
  ]
  edge
  [
    source 44
    target 28
    weight 3
  ]
  edge
  [
    source 44
    target 11
    weight 1
  ]
  edge
  [
    source 45
    target 28
    weight 2
  ]
  edge
  [
    source 47
    target 46
    weight 1
  ]
  edge
  [
    source 48
    target 47
    weight 2
  ]
  edge
  [
    source 48
    target 25
    weight 1
  ]
  edge
  [
    source 48
    target 27
    weight 1
  ]
  edge
  [
    source 48
    target 11
    weight 1
  ]
  edge
  [
    source 49
    target 26
    weight 3
  ]
  edge
  [
    source 49
    target 11
    weight 2
  ]
  edge
  [
    source 50
    target 49
    weight 1
  ]
  edge
  [
    source 50
    target 24
    weight 1
  ]
  edge
  [
    source 51
    target 49
    weight 9
  ]
  edge
  [
    source 51
    target 26
    weight 2
  ]
  edge
  [
    source 51
    target 11
    weight 2
  ]
  edge
  [
    source 52
    target 51
    weight 1
  ]
  edge
  [
    source 52
    target 39
    weight 1
  ]
  edge
  [
    source 53
    target 51
    weight 1
  ]
  edge
  [
    source 54
    target 51
    weight 2
  ]
  edge
  [
    source 54
    target 49
    weight 1
  ]
  edge
  [
    source 54
    target 26
    weight 1
  ]
  edge
  [
    source 55
    target 51
    weight 6
  ]
  edge
  [
    source 55
    target 49
    weight 12
  ]
  edge
  [
    source 55
    target 39
    weight 1
  ]
  edge
  [
    source 55
    target 54
    weight 1
  ]
  edge
  [
    source 55
    target 26
    weight 21
  ]
  edge
  [
    source 55
    target 11
    weight 19
  ]
  edge
  [
    source 55
    target 16
    weight 1
  ]
  edge
  [
    source 55
    target 25
    weight 2
  ]
  edge
  [
    source 55
    target 41
    weight 5
  ]
  edge
  [
    source 55
    target 48
    weight 4
  ]
  edge
  [
    source 56
    target 49
    weight 1
  ]
  edge
  [
    source 56
    target 55
    weight 1
  ]
  edge
  [
    source 57
    target 55
    weight 1
  ]
  edge
  [
    source 57
    target 41
    weight 1
  ]
  edge
  [
    source 57
    target 48
    weight 1
  ]
  edge
  [
    source 58
    target 55
    weight 7
  ]
  edge
  [
    source 58
    target 48
    weight 7
  ]
  edge
  [
    source 58
    target 27
    weight 6
  ]
  edge
  [
    source 58
    target 57
    weight 1
  ]
  edge
  [
    source 58
    target 11
    weight 4
  ]
  edge
  [
    source 59
    target 58
    weight 15
  ]
  edge
  [
    source 59
    target 55
    weight 5
  ]
  edge
  [
    source 59
    target 48
    weight 6
  ]
  edge
  [
    source 59
    target 57
    weight 2
  ]
  edge
  [
    source 60
    target 48
    weight 1
  ]
  edge
  [
    source 60
    target 58
    weight 4
  ]
  edge
  [
    source 60
    target 59
    weight 2
  ]
  edge
  [
    source 61
    target 48
    weight 2
  ]
  edge
  [
    source 61
    target 58
    weight 6
  ]
  edge
  [
    source 61
    target 60
    weight 2
  ]
  edge
  [
    source 61
    target 59
    weight 5
  ]
  edge
  [
    source 61
    target 57
    weight 1
  ]
  edge
  [
    source 61
    target 55
    weight 1
  ]
  edge
  [
    source 62
    target 55
    weight 9
  ]
  edge
  [
    source 62
    target 58
    weight 17
  ]
  edge
  [
    source 62
    target 59
    weight 13
  ]
  edge
  [
    source 62
    target 48
    weight 7
  ]
  edge
  [
    source 62
    target 57
    weight 2
  ]
  edge
  [
    source 62
    target 41
    weight 1
  ]
  edge
  [
    source 62
    target 61
    weight 6
  ]
  edge
  [
    source 62
    target 60
    weight 3
  ]
  edge
  [
    source 63
    target 59
    weight 5
  ]
  edge
  [
    source 63
    target 48
    weight 5
  ]
  edge
  [
    source 63
    target 62
    weight 6
  ]
  edge
  [
    source 63
    target 57
    weight 2
  ]
  edge
  [
    source 63
    target 58
    weight 4
  ]
  edge
  [
    source 63
    target 61
    weight 3
  ]
  edge
  [
    source 63
    target 60
    weight 2
  ]
  edge
  [
    source 63
    target 55
    weight 1
  ]
  edge
  [
    source 64
    target 55
    weight 5
  ]
  edge
  [
    source 64
    target 62
    weight 12
  ]
  edge
  [
    source 64
    target 48
    weight 5
  ]
  edge
  [
    source 64
    target 63
    weight 4
  ]
  edge
  [
    source 64
    target 58
    weight 10
  ]
  edge
  [
    source 64
    target 61
    weight 6
  ]
  edge
  [
    source 64
    target 60
    weight 2
  ]
  edge
  [
    source 64
    target 59
    weight 9
  ]
  edge
  [
    source 64
    target 57
    weight 1
  ]
  edge
  [
    source 64
    target 11
    weight 1
  ]
  edge
  [
    source 65
    target 63
    weight 5
  ]
  edge
  [
    source 65
    target 64
    weight 7
  ]
  edge
  [
    source 65
    target 48
    weight 3
  ]
  edge
  [
    source 65
    target 62
    weight 5
  ]
  edge
  [
    source 65
    target 58
    weight 5
  ]
  edge
  [
    source 65
    target 61
    weight 5
  ]
  edge
  [
    source 65
    target 60
    weight 2
  ]
  edge
  [
    source 65
    target 59
    weight 5
  ]
  edge
  [
    source 65
    target 57
    weight 1
  ]
  edge
  [
    source 65
    target 55
    weight 2
  ]
  edge
  [
    source 66
    target 64
    weight 3
  ]
  edge
  [
    source 66
    target 58
    weight 3
  ]
  edge
  [
    source 66
    target 59
    weight 1
  ]
  edge
  [
    source 66
    target 62
    weight 2
  ]
  edge
  [
    source 66
    target 65
    weight 2
  ]
  edge
  [
    source 66
    target 48
    weight 1
  ]
  edge
  [
    source 66
    target 63
    weight 1
  ]
  edge
  [
    source 66
    target 61
    weight 1
  ]
  edge
  [
    source 66
    target 60
    weight 1
  ]
  edge
  [
    source 67
    target 57
    weight 3
  ]
  edge
  [
    source 68
    target 25
    weight 5
  ]
  edge
  [
    source 68
    target 11
    weight 1
  ]
  edge
  [
    source 68
    target 24
    weight 1
  ]
  edge
  [
    source 68
    target 27
    weight 1
  ]
  edge
  [
    source 68
    target 48
    weight 1
  ]
  edge
  [
    source 68
    target 41
    weight 1
  ]
  edge
  [
    source 69
    target 25
    weight 6
  ]
  edge
  [
    source 69
    target 68
    weight 6
  ]
  edge
  [
    source 69
    target 11
    weight 1
  ]
  edge
  [
    source 69
    target 24
    weight 1
  ]
  edge
  [
    source 69
    target 27
    weight 2
  ]
  edge
  [
    source 69
    target 48
    weight 1
  ]
  edge
  [
    source 69
    target 41
    weight 1
  ]
  edge
  [
    source 70
    target 25
    weight 4
  ]
  edge
  [
    source 70
    target 69
    weight 4
  ]
  edge
  [
    source 70
    target 68
    weight 4
  ]
  edge
  [
    source 70
    target 11
    weight 1
  ]
  edge
  [
    source 70
    target 24
    weight 1
  ]
  edge
  [
    source 70
    target 27
    weight 1
  ]
  edge
  [
    source 70
    target 41
    weight 1
  ]
  edge
  [
    source 70
    target 58
    weight 1
  ]
  edge
  [
    source 71
    target 27
    weight 1
  ]
  edge
  [
    source 71
    target 69
    weight 2
  ]
  edge
  [
    source 71
    target 68
    weight 2
  ]
  edge
  [
    source 71
    target 70
    weight 2
  ]
  edge
  [
    source 71
    target 11
    weight 1
  ]
  edge
  [
    source 71
    target 48
    weight 1
  ]
  edge
  [
    source 71
    target 41
    weight 1
  ]
  edge
  [
    source 71
    target 25
    weight 1
  ]
  edge
  [
    source 72
    target 26
    weight 2
  ]
  edge
  [
    source 72
    target 27
    weight 1
  ]
  edge
  [
    source 72
    target 11
    weight 1
  ]
  edge
  [
    source 73
    target 48
    weight 2
  ]
  edge
  [
    source 74
    target 48
    weight 2
  ]
  edge
  [
    source 74
    target 73
    weight 3
  ]
  edge
  [
    source 75
    target 69
    weight 3
  ]
  edge
  [
    source 75
    target 68
    weight 3
  ]
  edge
  [
    source 75
    target 25
    weight 3
  ]
  edge
  [
    source 75
    target 48
    weight 1
  ]
  edge
  [
    source 75
    target 41
    weight 1
  ]
  edge
  [
    source 75
    target 70
    weight 1
  ]
  edge
  [
    source 75
    target 71
    weight 1
  ]
  edge
  [
    source 76
    target 64
    weight 1
  ]
  edge
  [
    source 76
    target 65
    weight 1
  ]
  edge
  [
    source 76
    target 66
    weight 1
  ]
  edge
  [
    source 76
    target 63
    weight 1
  ]
  edge
  [
    source 76
    target 62
    weight 1
  ]
  edge
  [
    source 76
    target 48
    weight 1
  ]
  edge
  [
    source 76
    target 58
    weight 1
  ]
]
