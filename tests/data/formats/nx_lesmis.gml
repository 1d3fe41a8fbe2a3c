graph [
  node [
    id 0
    label "Myriel"
    graphics [
      x -2179.3321572179475
      y -228.93281078184788
    ]
  ]
  node [
    id 1
    label "Napoleon"
    graphics [
      x -2174.241974082355
      y -226.15899875124236
    ]
  ]
  node [
    id 2
    label "MlleBaptistine"
    graphics [
      x -2183.497075576103
      y -229.00495696615926
    ]
  ]
  node [
    id 3
    label "MmeMagloire"
    graphics [
      x -2182.9278184513287
      y -226.77762055952377
    ]
  ]
  node [
    id 4
    label "CountessDeLo"
    graphics [
      x -2173.7927882905956
      y -231.81599226392967
    ]
  ]
  node [
    id 5
    label "Geborand"
    graphics [
      x -2175.9303117186587
      y -233.73805150406938
    ]
  ]
  node [
    id 6
    label "Champtercier"
    graphics [
      x -2173.123008777515
      y -228.79667060903097
    ]
  ]
  node [
    id 7
    label "Cravatte"
    graphics [
      x -2178.7043124575307
      y -233.7813631965641
    ]
  ]
  node [
    id 8
    label "Count"
    graphics [
      x -2176.015103078803
      y -229.78145096321612
    ]
  ]
  node [
    id 9
    label "OldMan"
    graphics [
      x -2176.712041034233
      y -224.86095736725844
    ]
  ]
  node [
    id 10
    label "Labarre"
    graphics [
      x -2183.926948512799
      y -222.97140897414977
    ]
  ]
  node [
    id 11
    label "Valjean"
    graphics [
      x -2190.831886167672
      y -226.2281621547641
    ]
  ]
  node [
    id 12
    label "Marguerite"
    graphics [
      x -2194.5693811092083
      y -232.5391490777853
    ]
  ]
  node [
    id 13
    label "MmeDeR"
    graphics [
      x -2186.7465607378904
      y -223.20098686839648
    ]
  ]
  node [
    id 14
    label "Isabeau"
    graphics [
      x -2185.16628786459
      y -225.3204430144848
    ]
  ]
  node [
    id 15
    label "Gervais"
    graphics [
      x -2186.055628038409
      y -220.8090186456913
    ]
  ]
  node [
    id 16
    label "Tholomyes"
    graphics [
      x -2200.617681961799
      y -229.09576393311133
    ]
  ]
  node [
    id 17
    label "Listolier"
    graphics [
      x -2202.7001359454357
      y -233.8350178511968
    ]
  ]
  node [
    id 18
    label "Fameuil"
    graphics [
      x -2203.069298679563
      y -230.63096367947992
    ]
  ]
  node [
    id 19
    label "Blacheville"
    graphics [
      x -2203.7800658971414
      y -232.36714083268555
    ]
  ]
  node [
    id 20
    label "Favourite"
    graphics [
      x -2200.0917420595483
      y -232.6013865334584
    ]
  ]
  node [
    id 21
    label "Dahlia"
    graphics [
      x -2200.9447106316743
      y -234.2346003136741
    ]
  ]
  node [
    id 22
    label "Zephine"
    graphics [
      x -2201.6769998213317
      y -231.82112216560103
    ]
  ]
  node [
    id 23
    label "Fantine"
    graphics [
      x -2197.763539295644
      y -229.9662145743815
    ]
  ]
  node [
    id 24
    label "MmeThenardier"
    graphics [
      x -2195.787937645854
      y -224.69815082792962
    ]
  ]
  node [
    id 25
    label "Thenardier"
    graphics [
      x -2195.635328494583
      y -222.61327710919616
    ]
  ]
  node [
    id 26
    label "Cosette"
    graphics [
      x -2197.1221934278456
      y -225.91222785994444
    ]
  ]
  node [
    id 27
    label "Javert"
    graphics [
      x -2193.0346438003476
      y -225.42437330798785
    ]
  ]
  node [
    id 28
    label "Fauchelevent"
    graphics [
      x -2187.8079759791126
      y -229.43646069919726
    ]
  ]
  node [
    id 29
    label "Bamatabois"
    graphics [
      x -2192.2872501371344
      y -230.48877691712457
    ]
  ]
  node [
    id 30
    label "Perpetue"
    graphics [
      x -2196.926802568674
      y -235.01727997124263
    ]
  ]
  node [
    id 31
    label "Simplice"
    graphics [
      x -2195.0248686582518
      y -230.36903139506316
    ]
  ]
  node [
    id 32
    label "Scaufflaire"
    graphics [
      x -2185.5792518501758
      y -231.22971679620446
    ]
  ]
  node [
    id 33
    label "Woman1"
    graphics [
      x -2188.4637685313764
      y -225.73921926740624
    ]
  ]
  node [
    id 34
    label "Judge"
    graphics [
      x -2188.4687219585967
      y -232.0784151827349
    ]
  ]
  node [
    id 35
    label "Champmathieu"
    graphics [
      x -2191.660621316184
      y -233.4900149701866
    ]
  ]
  node [
    id 36
    label "Brevet"
    graphics [
      x -2190.7371502748024
      y -231.9831104100429
    ]
  ]
  node [
    id 37
    label "Chenildieu"
    graphics [
      x -2189.5440029768097
      y -233.6680623924045
    ]
  ]
  node [
    id 38
    label "Cochepaille"
    graphics [
      x -2189.826448698962
      y -230.41778853652193
    ]
  ]
  node [
    id 39
    label "Pontmercy"
    graphics [
      x -2201.631788755653
      y -220.99101623025538
    ]
  ]
  node [
    id 40
    label "Boulatruelle"
    graphics [
      x -2200.838473898205
      y -217.45697924254858
    ]
  ]
  node [
    id 41
    label "Eponine"
    graphics [
      x -2194.77428556926
      y -220.58826783632398
    ]
  ]
  node [
    id 42
    label "Anzelma"
    graphics [
      x -2198.953007652359
      y -221.04856496987145
    ]
  ]
  node [
    id 43
    label "Woman2"
    graphics [
      x -2193.0911689627237
      y -227.96395385472115
    ]
  ]
  node [
    id 44
    label "MotherInnocent"
    graphics [
      x -2186.096400562211
      y -227.88658264654444
    ]
  ]
  node [
    id 45
    label "Gribier"
    graphics [
      x -2184.797713717757
      y -235.16796400221378
    ]
  ]
  node [
    id 46
    label "Jondrette"
    graphics [
      x -2188.5257589877897
      y -205.48726412725904
    ]
  ]
  node [
    id 47
    label "MmeBurgon"
    graphics [
      x -2189.909194015152
      y -210.2461337113313
    ]
  ]
  node [
    id 48
    label "Gavroche"
    graphics [
      x -2192.07274714674
      y -218.0043112841362
    ]
  ]
  node [
    id 49
    label "Gillenormand"
    graphics [
      x -2198.604332284663
      y -223.57837371336385
    ]
  ]
  node [
    id 50
    label "Magnon"
    graphics [
      x -2202.122249970051
      y -225.93910144091197
    ]
  ]
  node [
    id 51
    label "MlleGillenormand"
    graphics [
      x -2199.953876321884
      y -225.09987060978997
    ]
  ]
  node [
    id 52
    label "MmePontmercy"
    graphics [
      x -2205.382948005045
      y -222.55622099239827
    ]
  ]
  node [
    id 53
    label "MlleVaubois"
    graphics [
      x -2206.444923735915
      y -226.14550770642052
    ]
  ]
  node [
    id 54
    label "LtGillenormand"
    graphics [
      x -2201.384257818995
      y -223.29576454659875
    ]
  ]
  node [
    id 55
    label "Marius"
    graphics [
      x -2197.042823306245
      y -220.5548873482446
    ]
  ]
  node [
    id 56
    label "BaronessT"
    graphics [
      x -2202.841366247211
      y -219.2741686464496
    ]
  ]
  node [
    id 57
    label "Mabeuf"
    graphics [
      x -2197.5823317688005
      y -216.30433026621398
    ]
  ]
  node [
    id 58
    label "Enjolras"
    graphics [
      x -2193.5363390739
      y -218.81711514436208
    ]
  ]
  node [
    id 59
    label "Combeferre"
    graphics [
      x -2196.432298758749
      y -214.68078955643028
    ]
  ]
  node [
    id 60
    label "Prouvaire"
    graphics [
      x -2194.6649453963187
      y -213.34360824409904
    ]
  ]
  node [
    id 61
    label "Feuilly"
    graphics [
      x -2196.0912906870567
      y -216.87250468236132
    ]
  ]
  node [
    id 62
    label "Courfeyrac"
    graphics [
      x -2193.629646449883
      y -216.54542690198159
    ]
  ]
  node [
    id 63
    label "Bahorel"
    graphics [
      x -2193.8945709109153
      y -215.0708057373853
    ]
  ]
  node [
    id 64
    label "Bossuet"
    graphics [
      x -2194.61660282847
      y -217.9302648399225
    ]
  ]
  node [
    id 65
    label "Joly"
    graphics [
      x -2195.202149775479
      y -215.5854099673429
    ]
  ]
  node [
    id 66
    label "Grantaire"
    graphics [
      x -2192.6750552034828
      y -213.95590824133535
    ]
  ]
  node [
    id 67
    label "MotherPlutarch"
    graphics [
      x -2201.254901426836
      y -211.44185425652776
    ]
  ]
  node [
    id 68
    label "Gueulemer"
    graphics [
      x -2193.4473646173255
      y -223.0472771247621
    ]
  ]
  node [
    id 69
    label "Babet"
    graphics [
      x -2191.756991718753
      y -223.29667068893124
    ]
  ]
  node [
    id 70
    label "Claquesous"
    graphics [
      x -2192.6610194886753
      y -221.72280084445552
    ]
  ]
  node [
    id 71
    label "Montparnasse"
    graphics [
      x -2190.581998771733
      y -222.07081634191053
    ]
  ]
  node [
    id 72
    label "Toussaint"
    graphics [
      x -2195.2344719106063
      y -227.80114636235933
    ]
  ]
  node [
    id 73
    label "Child1"
    graphics [
      x -2186.3712342387553
      y -215.2879937627245
    ]
  ]
  node [
    id 74
    label "Child2"
    graphics [
      x -2187.6755689194574
      y -213.16680397383425
    ]
  ]
  node [
    id 75
    label "Brujon"
    graphics [
      x -2190.94719817497
      y -220.16227989088523
    ]
  ]
  node [
    id 76
    label "MmeHucheloup"
    graphics [
      x -2191.0716032492815
      y -215.3772908941653
    ]
  ]
  edge [
    source 0
    target 1
    weight 1.0
  ]
  edge [
    source 0
    target 2
    weight 8.0
  ]
  edge [
    source 0
    target 3
    weight 10.0
  ]
  edge [
    source 0
    target 4
    weight 1.0
  ]
  edge [
    source 0
    target 5
    weight 1.0
  ]
  edge [
    source 0
    target 6
    weight 1.0
  ]
  edge [
    source 0
    target 7
    weight 1.0
  ]
  edge [
    source 0
    target 8
    weight 2.0
  ]
  edge [
    source 0
    target 9
    weight 1.0
  ]
  edge [
    source 0
    target 11
    weight 5.0
  ]
  edge [
    source 2
    target 3
    weight 6.0
  ]
  edge [
    source 2
    target 11
    weight 3.0
  ]
  edge [
    source 3
    target 11
    weight 3.0
  ]
  edge [
    source 10
    target 11
    weight 1.0
  ]
  edge [
    source 11
    target 12
    weight 1.0
  ]
  edge [
    source 11
    target 13
    weight 1.0
  ]
  edge [
    source 11
    target 14
    weight 1.0
  ]
  edge [
    source 11
    target 15
    weight 1.0
  ]
  edge [
    source 11
    target 23
    weight 9.0
  ]
  edge [
    source 11
    target 24
    weight 7.0
  ]
  edge [
    source 11
    target 25
    weight 12.0
  ]
  edge [
    source 11
    target 26
    weight 31.0
  ]
  edge [
    source 11
    target 27
    weight 17.0
  ]
  edge [
    source 11
    target 28
    weight 8.0
  ]
  edge [
    source 11
    target 29
    weight 2.0
  ]
  edge [
    source 11
    target 31
    weight 3.0
  ]
  edge [
    source 11
    target 32
    weight 1.0
  ]
  edge [
    source 11
    target 33
    weight 2.0
  ]
  edge [
    source 11
    target 34
    weight 3.0
  ]
  edge [
    source 11
    target 35
    weight 3.0
  ]
  edge [
    source 11
    target 36
    weight 2.0
  ]
  edge [
    source 11
    target 37
    weight 2.0
  ]
  edge [
    source 11
    target 38
    weight 2.0
  ]
  edge [
    source 11
    target 43
    weight 3.0
  ]
  edge [
    source 11
    target 44
    weight 1.0
  ]
  edge [
    source 11
    target 48
    weight 1.0
  ]
  edge [
    source 11
    target 49
    weight 2.0
  ]
  edge [
    source 11
    target 51
    weight 2.0
  ]
  edge [
    source 11
    target 55
    weight 19.0
  ]
  edge [
    source 11
    target 58
    weight 4.0
  ]
  edge [
    source 11
    target 64
    weight 1.0
  ]
  edge [
    source 11
    target 68
    weight 1.0
  ]
  edge [
    source 11
    target 69
    weight 1.0
  ]
  edge [
    source 11
    target 70
    weight 1.0
  ]
  edge [
    source 11
    target 71
    weight 1.0
  ]
  edge [
    source 11
    target 72
    weight 1.0
  ]
  edge [
    source 12
    target 23
    weight 2.0
  ]
  edge [
    source 16
    target 17
    weight 4.0
  ]
  edge [
    source 16
    target 18
    weight 4.0
  ]
  edge [
    source 16
    target 19
    weight 4.0
  ]
  edge [
    source 16
    target 20
    weight 3.0
  ]
  edge [
    source 16
    target 21
    weight 3.0
  ]
  edge [
    source 16
    target 22
    weight 3.0
  ]
  edge [
    source 16
    target 23
    weight 3.0
  ]
  edge [
    source 16
    target 26
    weight 1.0
  ]
  edge [
    source 16
    target 55
    weight 1.0
  ]
  edge [
    source 17
    target 18
    weight 4.0
  ]
  edge [
    source 17
    target 19
    weight 4.0
  ]
  edge [
    source 17
    target 20
    weight 3.0
  ]
  edge [
    source 17
    target 21
    weight 3.0
  ]
  edge [
    source 17
    target 22
    weight 3.0
  ]
  edge [
    source 17
    target 23
    weight 3.0
  ]
  edge [
    source 18
    target 19
    weight 4.0
  ]
  edge [
    source 18
    target 20
    weight 3.0
  ]
  edge [
    source 18
    target 21
    weight 3.0
  ]
  edge [
    source 18
    target 22
    weight 3.0
  ]
  edge [
    source 18
    target 23
    weight 3.0
  ]
  edge [
    source 19
    target 20
    weight 4.0
  ]
  edge [
    source 19
    target 21
    weight 3.0
  ]
  edge [
    source 19
    target 22
    weight 3.0
  ]
  edge [
    source 19
    target 23
    weight 3.0
  ]
  edge [
    source 20
    target 21
    weight 5.0
  ]
  edge [
    source 20
    target 22
    weight 4.0
  ]
  edge [
    source 20
    target 23
    weight 4.0
  ]
  edge [
    source 21
    target 22
    weight 4.0
  ]
  edge [
    source 21
    target 23
    weight 4.0
  ]
  edge [
    source 22
    target 23
    weight 4.0
  ]
  edge [
    source 23
    target 24
    weight 2.0
  ]
  edge [
    source 23
    target 25
    weight 1.0
  ]
  edge [
    source 23
    target 27
    weight 5.0
  ]
  edge [
    source 23
    target 29
    weight 1.0
  ]
  edge [
    source 23
    target 30
    weight 1.0
  ]
  edge [
    source 23
    target 31
    weight 2.0
  ]
  edge [
    source 24
    target 25
    weight 13.0
  ]
  edge [
    source 24
    target 26
    weight 4.0
  ]
  edge [
    source 24
    target 27
    weight 1.0
  ]
  edge [
    source 24
    target 41
    weight 2.0
  ]
  edge [
    source 24
    target 42
    weight 1.0
  ]
  edge [
    source 24
    target 50
    weight 1.0
  ]
  edge [
    source 24
    target 68
    weight 1.0
  ]
  edge [
    source 24
    target 69
    weight 1.0
  ]
  edge [
    source 24
    target 70
    weight 1.0
  ]
  edge [
    source 25
    target 26
    weight 1.0
  ]
  edge [
    source 25
    target 27
    weight 5.0
  ]
  edge [
    source 25
    target 39
    weight 1.0
  ]
  edge [
    source 25
    target 40
    weight 1.0
  ]
  edge [
    source 25
    target 41
    weight 3.0
  ]
  edge [
    source 25
    target 42
    weight 2.0
  ]
  edge [
    source 25
    target 48
    weight 1.0
  ]
  edge [
    source 25
    target 55
    weight 2.0
  ]
  edge [
    source 25
    target 68
    weight 5.0
  ]
  edge [
    source 25
    target 69
    weight 6.0
  ]
  edge [
    source 25
    target 70
    weight 4.0
  ]
  edge [
    source 25
    target 71
    weight 1.0
  ]
  edge [
    source 25
    target 75
    weight 3.0
  ]
  edge [
    source 26
    target 27
    weight 1.0
  ]
  edge [
    source 26
    target 43
    weight 1.0
  ]
  edge [
    source 26
    target 49
    weight 3.0
  ]
  edge [
    source 26
    target 51
    weight 2.0
  ]
  edge [
    source 26
    target 54
    weight 1.0
  ]
  edge [
    source 26
    target 55
    weight 21.0
  ]
  edge [
    source 26
    target 72
    weight 2.0
  ]
  edge [
    source 27
    target 28
    weight 1.0
  ]
  edge [
    source 27
    target 29
    weight 1.0
  ]
  edge [
    source 27
    target 31
    weight 1.0
  ]
  edge [
    source 27
    target 33
    weight 1.0
  ]
  edge [
    source 27
    target 43
    weight 1.0
  ]
  edge [
    source 27
    target 48
    weight 1.0
  ]
  edge [
    source 27
    target 58
    weight 6.0
  ]
  edge [
    source 27
    target 68
    weight 1.0
  ]
  edge [
    source 27
    target 69
    weight 2.0
  ]
  edge [
    source 27
    target 70
    weight 1.0
  ]
  edge [
    source 27
    target 71
    weight 1.0
  ]
  edge [
    source 27
    target 72
    weight 1.0
  ]
  edge [
    source 28
    target 44
    weight 3.0
  ]
  edge [
    source 28
    target 45
    weight 2.0
  ]
  edge [
    source 29
    target 34
    weight 2.0
  ]
  edge [
    source 29
    target 35
    weight 2.0
  ]
  edge [
    source 29
    target 36
    weight 1.0
  ]
  edge [
    source 29
    target 37
    weight 1.0
  ]
  edge [
    source 29
    target 38
    weight 1.0
  ]
  edge [
    source 30
    target 31
    weight 2.0
  ]
  edge [
    source 34
    target 35
    weight 3.0
  ]
  edge [
    source 34
    target 36
    weight 2.0
  ]
  edge [
    source 34
    target 37
    weight 2.0
  ]
  edge [
    source 34
    target 38
    weight 2.0
  ]
  edge [
    source 35
    target 36
    weight 2.0
  ]
  edge [
    source 35
    target 37
    weight 2.0
  ]
  edge [
    source 35
    target 38
    weight 2.0
  ]
  edge [
    source 36
    target 37
    weight 2.0
  ]
  edge [
    source 36
    target 38
    weight 2.0
  ]
  edge [
    source 37
    target 38
    weight 2.0
  ]
  edge [
    source 39
    target 52
    weight 1.0
  ]
  edge [
    source 39
    target 55
    weight 1.0
  ]
  edge [
    source 41
    target 42
    weight 2.0
  ]
  edge [
    source 41
    target 55
    weight 5.0
  ]
  edge [
    source 41
    target 57
    weight 1.0
  ]
  edge [
    source 41
    target 62
    weight 1.0
  ]
  edge [
    source 41
    target 68
    weight 1.0
  ]
  edge [
    source 41
    target 69
    weight 1.0
  ]
  edge [
    source 41
    target 70
    weight 1.0
  ]
  edge [
    source 41
    target 71
    weight 1.0
  ]
  edge [
    source 41
    target 75
    weight 1.0
  ]
  edge [
    source 46
    target 47
    weight 1.0
  ]
  edge [
    source 47
    target 48
    weight 2.0
  ]
  edge [
    source 48
    target 55
    weight 4.0
  ]
  edge [
    source 48
    target 57
    weight 1.0
  ]
  edge [
    source 48
    target 58
    weight 7.0
  ]
  edge [
    source 48
    target 59
    weight 6.0
  ]
  edge [
    source 48
    target 60
    weight 1.0
  ]
  edge [
    source 48
    target 61
    weight 2.0
  ]
  edge [
    source 48
    target 62
    weight 7.0
  ]
  edge [
    source 48
    target 63
    weight 5.0
  ]
  edge [
    source 48
    target 64
    weight 5.0
  ]
  edge [
    source 48
    target 65
    weight 3.0
  ]
  edge [
    source 48
    target 66
    weight 1.0
  ]
  edge [
    source 48
    target 68
    weight 1.0
  ]
  edge [
    source 48
    target 69
    weight 1.0
  ]
  edge [
    source 48
    target 71
    weight 1.0
  ]
  edge [
    source 48
    target 73
    weight 2.0
  ]
  edge [
    source 48
    target 74
    weight 2.0
  ]
  edge [
    source 48
    target 75
    weight 1.0
  ]
  edge [
    source 48
    target 76
    weight 1.0
  ]
  edge [
    source 49
    target 50
    weight 1.0
  ]
  edge [
    source 49
    target 51
    weight 9.0
  ]
  edge [
    source 49
    target 54
    weight 1.0
  ]
  edge [
    source 49
    target 55
    weight 12.0
  ]
  edge [
    source 49
    target 56
    weight 1.0
  ]
  edge [
    source 51
    target 52
    weight 1.0
  ]
  edge [
    source 51
    target 53
    weight 1.0
  ]
  edge [
    source 51
    target 54
    weight 2.0
  ]
  edge [
    source 51
    target 55
    weight 6.0
  ]
  edge [
    source 54
    target 55
    weight 1.0
  ]
  edge [
    source 55
    target 56
    weight 1.0
  ]
  edge [
    source 55
    target 57
    weight 1.0
  ]
  edge [
    source 55
    target 58
    weight 7.0
  ]
  edge [
    source 55
    target 59
    weight 5.0
  ]
  edge [
    source 55
    target 61
    weight 1.0
  ]
  edge [
    source 55
    target 62
    weight 9.0
  ]
  edge [
    source 55
    target 63
    weight 1.0
  ]
  edge [
    source 55
    target 64
    weight 5.0
  ]
  edge [
    source 55
    target 65
    weight 2.0
  ]
  edge [
    source 57
    target 58
    weight 1.0
  ]
  edge [
    source 57
    target 59
    weight 2.0
  ]
  edge [
    source 57
    target 61
    weight 1.0
  ]
  edge [
    source 57
    target 62
    weight 2.0
  ]
  edge [
    source 57
    target 63
    weight 2.0
  ]
  edge [
    source 57
    target 64
    weight 1.0
  ]
  edge [
    source 57
    target 65
    weight 1.0
  ]
  edge [
    source 57
    target 67
    weight 3.0
  ]
  edge [
    source 58
    target 59
    weight 15.0
  ]
  edge [
    source 58
    target 60
    weight 4.0
  ]
  edge [
    source 58
    target 61
    weight 6.0
  ]
  edge [
    source 58
    target 62
    weight 17.0
  ]
  edge [
    source 58
    target 63
    weight 4.0
  ]
  edge [
    source 58
    target 64
    weight 10.0
  ]
  edge [
    source 58
    target 65
    weight 5.0
  ]
  edge [
    source 58
    target 66
    weight 3.0
  ]
  edge [
    source 58
    target 70
    weight 1.0
  ]
  edge [
    source 58
    target 76
    weight 1.0
  ]
  edge [
    source 59
    target 60
    weight 2.0
  ]
  edge [
    source 59
    target 61
    weight 5.0
  ]
  edge [
    source 59
    target 62
    weight 13.0
  ]
  edge [
    source 59
    target 63
    weight 5.0
  ]
  edge [
    source 59
    target 64
    weight 9.0
  ]
  edge [
    source 59
    target 65
    weight 5.0
  ]
  edge [
    source 59
    target 66
    weight 1.0
  ]
  edge [
    source 60
    target 61
    weight 2.0
  ]
  edge [
    source 60
    target 62
    weight 3.0
  ]
  edge [
    source 60
    target 63
    weight 2.0
  ]
  edge [
    source 60
    target 64
    weight 2.0
  ]
  edge [
    source 60
    target 65
    weight 2.0
  ]
  edge [
    source 60
    target 66
    weight 1.0
  ]
  edge [
    source 61
    target 62
    weight 6.0
  ]
  edge [
    source 61
    target 63
    weight 3.0
  ]
  edge [
    source 61
    target 64
    weight 6.0
  ]
  edge [
    source 61
    target 65
    weight 5.0
  ]
  edge [
    source 61
    target 66
    weight 1.0
  ]
  edge [
    source 62
    target 63
    weight 6.0
  ]
  edge [
    source 62
    target 64
    weight 12.0
  ]
  edge [
    source 62
    target 65
    weight 5.0
  ]
  edge [
    source 62
    target 66
    weight 2.0
  ]
  edge [
    source 62
    target 76
    weight 1.0
  ]
  edge [
    source 63
    target 64
    weight 4.0
  ]
  edge [
    source 63
    target 65
    weight 5.0
  ]
  edge [
    source 63
    target 66
    weight 1.0
  ]
  edge [
    source 63
    target 76
    weight 1.0
  ]
  edge [
    source 64
    target 65
    weight 7.0
  ]
  edge [
    source 64
    target 66
    weight 3.0
  ]
  edge [
    source 64
    target 76
    weight 1.0
  ]
  edge [
    source 65
    target 66
    weight 2.0
  ]
  edge [
    source 65
    target 76
    weight 1.0
  ]
  edge [
    source 66
    target 76
    weight 1.0
  ]
  edge [
    source 68
    target 69
    weight 6.0
  ]
  edge [
    source 68
    target 70
    weight 4.0
  ]
  edge [
    source 68
    target 71
    weight 2.0
  ]
  edge [
    source 68
    target 75
    weight 3.0
  ]
  edge [
    source 69
    target 70
    weight 4.0
  ]
  edge [
    source 69
    target 71
    weight 2.0
  ]
  edge [
    source 69
    target 75
    weight 3.0
  ]
  edge [
    source 70
    target 71
    weight 2.0
  ]
  edge [
    source 70
    target 75
    weight 1.0
  ]
  edge [
    source 71
    target 75
    weight 1.0
  ]
  edge [
    source 73
    target 74
    weight 3.0
  ]
]
