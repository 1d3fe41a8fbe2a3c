graph [
   description "Les Miserables: coappearance network of characters in the novel Les Miserables. Please cite D. E. Knuth, The Stanford GraphBase: A Platform for Combinatorial Computing, Addison-Wesley, Reading, MA (1993). Retrieved from `Mark Newman's website <http://www-personal.umich.edu/~mejn/netdata/>`_."
   readme "The file lesmis.gml contains the weighted network of coappearances of
characters in Victor Hugo's novel \"Les Miserables\".  Nodes represent
characters as indicated by the labels and edges connect any pair of
characters that appear in the same chapter of the book.  The values on the
edges are the number of such coappearances.  The data on coappearances were
taken from D. E. Knuth, The Stanford GraphBase: A Platform for
Combinatorial Computing, Addison-Wesley, Reading, MA (1993).
"
   node [
      id 0
      label "Myriel"
      pos "-2179.3321572179475, -228.93281078184788"
   ]
   node [
      id 1
      label "Napoleon"
      pos "-2174.2419740823548, -226.15899875124236"
   ]
   node [
      id 2
      label "MlleBaptistine"
      pos "-2183.4970755761028, -229.00495696615926"
   ]
   node [
      id 3
      label "MmeMagloire"
      pos "-2182.9278184513287, -226.77762055952377"
   ]
   node [
      id 4
      label "CountessDeLo"
      pos "-2173.7927882905956, -231.81599226392967"
   ]
   node [
      id 5
      label "Geborand"
      pos "-2175.9303117186587, -233.73805150406938"
   ]
   node [
      id 6
      label "Champtercier"
      pos "-2173.1230087775152, -228.79667060903097"
   ]
   node [
      id 7
      label "Cravatte"
      pos "-2178.7043124575307, -233.78136319656409"
   ]
   node [
      id 8
      label "Count"
      pos "-2176.0151030788029, -229.78145096321612"
   ]
   node [
      id 9
      label "OldMan"
      pos "-2176.7120410342332, -224.86095736725844"
   ]
   node [
      id 10
      label "Labarre"
      pos "-2183.9269485127988, -222.97140897414977"
   ]
   node [
      id 11
      label "Valjean"
      pos "-2190.8318861676721, -226.22816215476411"
   ]
   node [
      id 12
      label "Marguerite"
      pos "-2194.5693811092083, -232.53914907778531"
   ]
   node [
      id 13
      label "MmeDeR"
      pos "-2186.7465607378904, -223.20098686839648"
   ]
   node [
      id 14
      label "Isabeau"
      pos "-2185.1662878645898, -225.32044301448479"
   ]
   node [
      id 15
      label "Gervais"
      pos "-2186.0556280384089, -220.80901864569131"
   ]
   node [
      id 16
      label "Tholomyes"
      pos "-2200.617681961799, -229.09576393311133"
   ]
   node [
      id 17
      label "Listolier"
      pos "-2202.7001359454357, -233.8350178511968"
   ]
   node [
      id 18
      label "Fameuil"
      pos "-2203.069298679563, -230.63096367947992"
   ]
   node [
      id 19
      label "Blacheville"
      pos "-2203.7800658971414, -232.36714083268555"
   ]
   node [
      id 20
      label "Favourite"
      pos "-2200.0917420595483, -232.6013865334584"
   ]
   node [
      id 21
      label "Dahlia"
      pos "-2200.9447106316743, -234.23460031367409"
   ]
   node [
      id 22
      label "Zephine"
      pos "-2201.6769998213317, -231.82112216560103"
   ]
   node [
      id 23
      label "Fantine"
      pos "-2197.763539295644, -229.9662145743815"
   ]
   node [
      id 24
      label "MmeThenardier"
      pos "-2195.7879376458541, -224.69815082792962"
   ]
   node [
      id 25
      label "Thenardier"
      pos "-2195.6353284945831, -222.61327710919616"
   ]
   node [
      id 26
      label "Cosette"
      pos "-2197.1221934278456, -225.91222785994444"
   ]
   node [
      id 27
      label "Javert"
      pos "-2193.0346438003476, -225.42437330798785"
   ]
   node [
      id 28
      label "Fauchelevent"
      pos "-2187.8079759791126, -229.43646069919726"
   ]
   node [
      id 29
      label "Bamatabois"
      pos "-2192.2872501371344, -230.48877691712457"
   ]
   node [
      id 30
      label "Perpetue"
      pos "-2196.9268025686738, -235.01727997124263"
   ]
   node [
      id 31
      label "Simplice"
      pos "-2195.0248686582518, -230.36903139506316"
   ]
   node [
      id 32
      label "Scaufflaire"
      pos "-2185.5792518501758, -231.22971679620446"
   ]
   node [
      id 33
      label "Woman1"
      pos "-2188.4637685313764, -225.73921926740624"
   ]
   node [
      id 34
      label "Judge"
      pos "-2188.4687219585967, -232.07841518273489"
   ]
   node [
      id 35
      label "Champmathieu"
      pos "-2191.660621316184, -233.49001497018659"
   ]
   node [
      id 36
      label "Brevet"
      pos "-2190.7371502748024, -231.98311041004291"
   ]
   node [
      id 37
      label "Chenildieu"
      pos "-2189.5440029768097, -233.66806239240449"
   ]
   node [
      id 38
      label "Cochepaille"
      pos "-2189.8264486989619, -230.41778853652193"
   ]
   node [
      id 39
      label "Pontmercy"
      pos "-2201.6317887556529, -220.99101623025538"
   ]
   node [
      id 40
      label "Boulatruelle"
      pos "-2200.8384738982049, -217.45697924254858"
   ]
   node [
      id 41
      label "Eponine"
      pos "-2194.77428556926, -220.58826783632398"
   ]
   node [
      id 42
      label "Anzelma"
      pos "-2198.9530076523588, -221.04856496987145"
   ]
   node [
      id 43
      label "Woman2"
      pos "-2193.0911689627237, -227.96395385472115"
   ]
   node [
      id 44
      label "MotherInnocent"
      pos "-2186.0964005622109, -227.88658264654444"
   ]
   node [
      id 45
      label "Gribier"
      pos "-2184.7977137177568, -235.16796400221378"
   ]
   node [
      id 46
      label "Jondrette"
      pos "-2188.5257589877897, -205.48726412725904"
   ]
   node [
      id 47
      label "MmeBurgon"
      pos "-2189.909194015152, -210.24613371133131"
   ]
   node [
      id 48
      label "Gavroche"
      pos "-2192.0727471467399, -218.00431128413621"
   ]
   node [
      id 49
      label "Gillenormand"
      pos "-2198.6043322846631, -223.57837371336385"
   ]
   node [
      id 50
      label "Magnon"
      pos "-2202.1222499700511, -225.93910144091197"
   ]
   node [
      id 51
      label "MlleGillenormand"
      pos "-2199.9538763218839, -225.09987060978997"
   ]
   node [
      id 52
      label "MmePontmercy"
      pos "-2205.3829480050449, -222.55622099239827"
   ]
   node [
      id 53
      label "MlleVaubois"
      pos "-2206.4449237359149, -226.14550770642052"
   ]
   node [
      id 54
      label "LtGillenormand"
      pos "-2201.3842578189951, -223.29576454659875"
   ]
   node [
      id 55
      label "Marius"
      pos "-2197.0428233062448, -220.55488734824459"
   ]
   node [
      id 56
      label "BaronessT"
      pos "-2202.8413662472112, -219.2741686464496"
   ]
   node [
      id 57
      label "Mabeuf"
      pos "-2197.5823317688005, -216.30433026621398"
   ]
   node [
      id 58
      label "Enjolras"
      pos "-2193.5363390738999, -218.81711514436208"
   ]
   node [
      id 59
      label "Combeferre"
      pos "-2196.4322987587489, -214.68078955643028"
   ]
   node [
      id 60
      label "Prouvaire"
      pos "-2194.6649453963187, -213.34360824409904"
   ]
   node [
      id 61
      label "Feuilly"
      pos "-2196.0912906870567, -216.87250468236132"
   ]
   node [
      id 62
      label "Courfeyrac"
      pos "-2193.6296464498828, -216.54542690198159"
   ]
   node [
      id 63
      label "Bahorel"
      pos "-2193.8945709109153, -215.07080573738531"
   ]
   node [
      id 64
      label "Bossuet"
      pos "-2194.6166028284701, -217.9302648399225"
   ]
   node [
      id 65
      label "Joly"
      pos "-2195.202149775479, -215.58540996734291"
   ]
   node [
      id 66
      label "Grantaire"
      pos "-2192.6750552034828, -213.95590824133535"
   ]
   node [
      id 67
      label "MotherPlutarch"
      pos "-2201.2549014268361, -211.44185425652776"
   ]
   node [
      id 68
      label "Gueulemer"
      pos "-2193.4473646173255, -223.0472771247621"
   ]
   node [
      id 69
      label "Babet"
      pos "-2191.7569917187529, -223.29667068893124"
   ]
   node [
      id 70
      label "Claquesous"
      pos "-2192.6610194886753, -221.72280084445552"
   ]
   node [
      id 71
      label "Montparnasse"
      pos "-2190.5819987717332, -222.07081634191053"
   ]
   node [
      id 72
      label "Toussaint"
      pos "-2195.2344719106063, -227.80114636235933"
   ]
   node [
      id 73
      label "Child1"
      pos "-2186.3712342387553, -215.28799376272451"
   ]
   node [
      id 74
      label "Child2"
      pos "-2187.6755689194574, -213.16680397383425"
   ]
   node [
      id 75
      label "Brujon"
      pos "-2190.9471981749698, -220.16227989088523"
   ]
   node [
      id 76
      label "MmeHucheloup"
      pos "-2191.0716032492815, -215.3772908941653"
   ]
   edge [
      id 0
      source 1
      target 0
      value 1
   ]
   edge [
      id 1
      source 2
      target 0
      value 8
   ]
   edge [
      id 2
      source 3
      target 0
      value 10
   ]
   edge [
      id 3
      source 3
      target 2
      value 6
   ]
   edge [
      id 4
      source 4
      target 0
      value 1
   ]
   edge [
      id 5
      source 5
      target 0
      value 1
   ]
   edge [
      id 6
      source 6
      target 0
      value 1
   ]
   edge [
      id 7
      source 7
      target 0
      value 1
   ]
   edge [
      id 8
      source 8
      target 0
      value 2
   ]
   edge [
      id 9
      source 9
      target 0
      value 1
   ]
   edge [
      id 10
      source 11
      target 10
      value 1
   ]
   edge [
      id 11
      source 11
      target 3
      value 3
   ]
   edge [
      id 12
      source 11
      target 2
      value 3
   ]
   edge [
      id 13
      source 11
      target 0
      value 5
   ]
   edge [
      id 14
      source 12
      target 11
      value 1
   ]
   edge [
      id 15
      source 13
      target 11
      value 1
   ]
   edge [
      id 16
      source 14
      target 11
      value 1
   ]
   edge [
      id 17
      source 15
      target 11
      value 1
   ]
   edge [
      id 18
      source 17
      target 16
      value 4
   ]
   edge [
      id 19
      source 18
      target 16
      value 4
   ]
   edge [
      id 20
      source 18
      target 17
      value 4
   ]
   edge [
      id 21
      source 19
      target 16
      value 4
   ]
   edge [
      id 22
      source 19
      target 17
      value 4
   ]
   edge [
      id 23
      source 19
      target 18
      value 4
   ]
   edge [
      id 24
      source 20
      target 16
      value 3
   ]
   edge [
      id 25
      source 20
      target 17
      value 3
   ]
   edge [
      id 26
      source 20
      target 18
      value 3
   ]
   edge [
      id 27
      source 20
      target 19
      value 4
   ]
   edge [
      id 28
      source 21
      target 16
      value 3
   ]
   edge [
      id 29
      source 21
      target 17
      value 3
   ]
   edge [
      id 30
      source 21
      target 18
      value 3
   ]
   edge [
      id 31
      source 21
      target 19
      value 3
   ]
   edge [
      id 32
      source 21
      target 20
      value 5
   ]
   edge [
      id 33
      source 22
      target 16
      value 3
   ]
   edge [
      id 34
      source 22
      target 17
      value 3
   ]
   edge [
      id 35
      source 22
      target 18
      value 3
   ]
   edge [
      id 36
      source 22
      target 19
      value 3
   ]
   edge [
      id 37
      source 22
      target 20
      value 4
   ]
   edge [
      id 38
      source 22
      target 21
      value 4
   ]
   edge [
      id 39
      source 23
      target 16
      value 3
   ]
   edge [
      id 40
      source 23
      target 17
      value 3
   ]
   edge [
      id 41
      source 23
      target 18
      value 3
   ]
   edge [
      id 42
      source 23
      target 19
      value 3
   ]
   edge [
      id 43
      source 23
      target 20
      value 4
   ]
   edge [
      id 44
      source 23
      target 21
      value 4
   ]
   edge [
      id 45
      source 23
      target 22
      value 4
   ]
   edge [
      id 46
      source 23
      target 12
      value 2
   ]
   edge [
      id 47
      source 23
      target 11
      value 9
   ]
   edge [
      id 48
      source 24
      target 23
      value 2
   ]
   edge [
      id 49
      source 24
      target 11
      value 7
   ]
   edge [
      id 50
      source 25
      target 24
      value 13
   ]
   edge [
      id 51
      source 25
      target 23
      value 1
   ]
   edge [
      id 52
      source 25
      target 11
      value 12
   ]
   edge [
      id 53
      source 26
      target 24
      value 4
   ]
   edge [
      id 54
      source 26
      target 11
      value 31
   ]
   edge [
      id 55
      source 26
      target 16
      value 1
   ]
   edge [
      id 56
      source 26
      target 25
      value 1
   ]
   edge [
      id 57
      source 27
      target 11
      value 17
   ]
   edge [
      id 58
      source 27
      target 23
      value 5
   ]
   edge [
      id 59
      source 27
      target 25
      value 5
   ]
   edge [
      id 60
      source 27
      target 24
      value 1
   ]
   edge [
      id 61
      source 27
      target 26
      value 1
   ]
   edge [
      id 62
      source 28
      target 11
      value 8
   ]
   edge [
      id 63
      source 28
      target 27
      value 1
   ]
   edge [
      id 64
      source 29
      target 23
      value 1
   ]
   edge [
      id 65
      source 29
      target 27
      value 1
   ]
   edge [
      id 66
      source 29
      target 11
      value 2
   ]
   edge [
      id 67
      source 30
      target 23
      value 1
   ]
   edge [
      id 68
      source 31
      target 30
      value 2
   ]
   edge [
      id 69
      source 31
      target 11
      value 3
   ]
   edge [
      id 70
      source 31
      target 23
      value 2
   ]
   edge [
      id 71
      source 31
      target 27
      value 1
   ]
   edge [
      id 72
      source 32
      target 11
      value 1
   ]
   edge [
      id 73
      source 33
      target 11
      value 2
   ]
   edge [
      id 74
      source 33
      target 27
      value 1
   ]
   edge [
      id 75
      source 34
      target 11
      value 3
   ]
   edge [
      id 76
      source 34
      target 29
      value 2
   ]
   edge [
      id 77
      source 35
      target 11
      value 3
   ]
   edge [
      id 78
      source 35
      target 34
      value 3
   ]
   edge [
      id 79
      source 35
      target 29
      value 2
   ]
   edge [
      id 80
      source 36
      target 34
      value 2
   ]
   edge [
      id 81
      source 36
      target 35
      value 2
   ]
   edge [
      id 82
      source 36
      target 11
      value 2
   ]
   edge [
      id 83
      source 36
      target 29
      value 1
   ]
   edge [
      id 84
      source 37
      target 34
      value 2
   ]
   edge [
      id 85
      source 37
      target 35
      value 2
   ]
   edge [
      id 86
      source 37
      target 36
      value 2
   ]
   edge [
      id 87
      source 37
      target 11
      value 2
   ]
   edge [
      id 88
      source 37
      target 29
      value 1
   ]
   edge [
      id 89
      source 38
      target 34
      value 2
   ]
   edge [
      id 90
      source 38
      target 35
      value 2
   ]
   edge [
      id 91
      source 38
      target 36
      value 2
   ]
   edge [
      id 92
      source 38
      target 37
      value 2
   ]
   edge [
      id 93
      source 38
      target 11
      value 2
   ]
   edge [
      id 94
      source 38
      target 29
      value 1
   ]
   edge [
      id 95
      source 39
      target 25
      value 1
   ]
   edge [
      id 96
      source 40
      target 25
      value 1
   ]
   edge [
      id 97
      source 41
      target 24
      value 2
   ]
   edge [
      id 98
      source 41
      target 25
      value 3
   ]
   edge [
      id 99
      source 42
      target 41
      value 2
   ]
   edge [
      id 100
      source 42
      target 25
      value 2
   ]
   edge [
      id 101
      source 42
      target 24
      value 1
   ]
   edge [
      id 102
      source 43
      target 11
      value 3
   ]
   edge [
      id 103
      source 43
      target 26
      value 1
   ]
   edge [
      id 104
      source 43
      target 27
      value 1
   ]
   edge [
      id 105
      source 44
      target 28
      value 3
   ]
   edge [
      id 106
      source 44
      target 11
      value 1
   ]
   edge [
      id 107
      source 45
      target 28
      value 2
   ]
   edge [
      id 108
      source 47
      target 46
      value 1
   ]
   edge [
      id 109
      source 48
      target 47
      value 2
   ]
   edge [
      id 110
      source 48
      target 25
      value 1
   ]
   edge [
      id 111
      source 48
      target 27
      value 1
   ]
   edge [
      id 112
      source 48
      target 11
      value 1
   ]
   edge [
      id 113
      source 49
      target 26
      value 3
   ]
   edge [
      id 114
      source 49
      target 11
      value 2
   ]
   edge [
      id 115
      source 50
      target 49
      value 1
   ]
   edge [
      id 116
      source 50
      target 24
      value 1
   ]
   edge [
      id 117
      source 51
      target 49
      value 9
   ]
   edge [
      id 118
      source 51
      target 26
      value 2
   ]
   edge [
      id 119
      source 51
      target 11
      value 2
   ]
   edge [
      id 120
      source 52
      target 51
      value 1
   ]
   edge [
      id 121
      source 52
      target 39
      value 1
   ]
   edge [
      id 122
      source 53
      target 51
      value 1
   ]
   edge [
      id 123
      source 54
      target 51
      value 2
   ]
   edge [
      id 124
      source 54
      target 49
      value 1
   ]
   edge [
      id 125
      source 54
      target 26
      value 1
   ]
   edge [
      id 126
      source 55
      target 51
      value 6
   ]
   edge [
      id 127
      source 55
      target 49
      value 12
   ]
   edge [
      id 128
      source 55
      target 39
      value 1
   ]
   edge [
      id 129
      source 55
      target 54
      value 1
   ]
   edge [
      id 130
      source 55
      target 26
      value 21
   ]
   edge [
      id 131
      source 55
      target 11
      value 19
   ]
   edge [
      id 132
      source 55
      target 16
      value 1
   ]
   edge [
      id 133
      source 55
      target 25
      value 2
   ]
   edge [
      id 134
      source 55
      target 41
      value 5
   ]
   edge [
      id 135
      source 55
      target 48
      value 4
   ]
   edge [
      id 136
      source 56
      target 49
      value 1
   ]
   edge [
      id 137
      source 56
      target 55
      value 1
   ]
   edge [
      id 138
      source 57
      target 55
      value 1
   ]
   edge [
      id 139
      source 57
      target 41
      value 1
   ]
   edge [
      id 140
      source 57
      target 48
      value 1
   ]
   edge [
      id 141
      source 58
      target 55
      value 7
   ]
   edge [
      id 142
      source 58
      target 48
      value 7
   ]
   edge [
      id 143
      source 58
      target 27
      value 6
   ]
   edge [
      id 144
      source 58
      target 57
      value 1
   ]
   edge [
      id 145
      source 58
      target 11
      value 4
   ]
   edge [
      id 146
      source 59
      target 58
      value 15
   ]
   edge [
      id 147
      source 59
      target 55
      value 5
   ]
   edge [
      id 148
      source 59
      target 48
      value 6
   ]
   edge [
      id 149
      source 59
      target 57
      value 2
   ]
   edge [
      id 150
      source 60
      target 48
      value 1
   ]
   edge [
      id 151
      source 60
      target 58
      value 4
   ]
   edge [
      id 152
      source 60
      target 59
      value 2
   ]
   edge [
      id 153
      source 61
      target 48
      value 2
   ]
   edge [
      id 154
      source 61
      target 58
      value 6
   ]
   edge [
      id 155
      source 61
      target 60
      value 2
   ]
   edge [
      id 156
      source 61
      target 59
      value 5
   ]
   edge [
      id 157
      source 61
      target 57
      value 1
   ]
   edge [
      id 158
      source 61
      target 55
      value 1
   ]
   edge [
      id 159
      source 62
      target 55
      value 9
   ]
   edge [
      id 160
      source 62
      target 58
      value 17
   ]
   edge [
      id 161
      source 62
      target 59
      value 13
   ]
   edge [
      id 162
      source 62
      target 48
      value 7
   ]
   edge [
      id 163
      source 62
      target 57
      value 2
   ]
   edge [
      id 164
      source 62
      target 41
      value 1
   ]
   edge [
      id 165
      source 62
      target 61
      value 6
   ]
   edge [
      id 166
      source 62
      target 60
      value 3
   ]
   edge [
      id 167
      source 63
      target 59
      value 5
   ]
   edge [
      id 168
      source 63
      target 48
      value 5
   ]
   edge [
      id 169
      source 63
      target 62
      value 6
   ]
   edge [
      id 170
      source 63
      target 57
      value 2
   ]
   edge [
      id 171
      source 63
      target 58
      value 4
   ]
   edge [
      id 172
      source 63
      target 61
      value 3
   ]
   edge [
      id 173
      source 63
      target 60
      value 2
   ]
   edge [
      id 174
      source 63
      target 55
      value 1
   ]
   edge [
      id 175
      source 64
      target 55
      value 5
   ]
   edge [
      id 176
      source 64
      target 62
      value 12
   ]
   edge [
      id 177
      source 64
      target 48
      value 5
   ]
   edge [
      id 178
      source 64
      target 63
      value 4
   ]
   edge [
      id 179
      source 64
      target 58
      value 10
   ]
   edge [
      id 180
      source 64
      target 61
      value 6
   ]
   edge [
      id 181
      source 64
      target 60
      value 2
   ]
   edge [
      id 182
      source 64
      target 59
      value 9
   ]
   edge [
      id 183
      source 64
      target 57
      value 1
   ]
   edge [
      id 184
      source 64
      target 11
      value 1
   ]
   edge [
      id 185
      source 65
      target 63
      value 5
   ]
   edge [
      id 186
      source 65
      target 64
      value 7
   ]
   edge [
      id 187
      source 65
      target 48
      value 3
   ]
   edge [
      id 188
      source 65
      target 62
      value 5
   ]
   edge [
      id 189
      source 65
      target 58
      value 5
   ]
   edge [
      id 190
      source 65
      target 61
      value 5
   ]
   edge [
      id 191
      source 65
      target 60
      value 2
   ]
   edge [
      id 192
      source 65
      target 59
      value 5
   ]
   edge [
      id 193
      source 65
      target 57
      value 1
   ]
   edge [
      id 194
      source 65
      target 55
      value 2
   ]
   edge [
      id 195
      source 66
      target 64
      value 3
   ]
   edge [
      id 196
      source 66
      target 58
      value 3
   ]
   edge [
      id 197
      source 66
      target 59
      value 1
   ]
   edge [
      id 198
      source 66
      target 62
      value 2
   ]
   edge [
      id 199
      source 66
      target 65
      value 2
   ]
   edge [
      id 200
      source 66
      target 48
      value 1
   ]
   edge [
      id 201
      source 66
      target 63
      value 1
   ]
   edge [
      id 202
      source 66
      target 61
      value 1
   ]
   edge [
      id 203
      source 66
      target 60
      value 1
   ]
   edge [
      id 204
      source 67
      target 57
      value 3
   ]
   edge [
      id 205
      source 68
      target 25
      value 5
   ]
   edge [
      id 206
      source 68
      target 11
      value 1
   ]
   edge [
      id 207
      source 68
      target 24
      value 1
   ]
   edge [
      id 208
      source 68
      target 27
      value 1
   ]
   edge [
      id 209
      source 68
      target 48
      value 1
   ]
   edge [
      id 210
      source 68
      target 41
      value 1
   ]
   edge [
      id 211
      source 69
      target 25
      value 6
   ]
   edge [
      id 212
      source 69
      target 68
      value 6
   ]
   edge [
      id 213
      source 69
      target 11
      value 1
   ]
   edge [
      id 214
      source 69
      target 24
      value 1
   ]
   edge [
      id 215
      source 69
      target 27
      value 2
   ]
   edge [
      id 216
      source 69
      target 48
      value 1
   ]
   edge [
      id 217
      source 69
      target 41
      value 1
   ]
   edge [
      id 218
      source 70
      target 25
      value 4
   ]
   edge [
      id 219
      source 70
      target 69
      value 4
   ]
   edge [
      id 220
      source 70
      target 68
      value 4
   ]
   edge [
      id 221
      source 70
      target 11
      value 1
   ]
   edge [
      id 222
      source 70
      target 24
      value 1
   ]
   edge [
      id 223
      source 70
      target 27
      value 1
   ]
   edge [
      id 224
      source 70
      target 41
      value 1
   ]
   edge [
      id 225
      source 70
      target 58
      value 1
   ]
   edge [
      id 226
      source 71
      target 27
      value 1
   ]
   edge [
      id 227
      source 71
      target 69
      value 2
   ]
   edge [
      id 228
      source 71
      target 68
      value 2
   ]
   edge [
      id 229
      source 71
      target 70
      value 2
   ]
   edge [
      id 230
      source 71
      target 11
      value 1
   ]
   edge [
      id 231
      source 71
      target 48
      value 1
   ]
   edge [
      id 232
      source 71
      target 41
      value 1
   ]
   edge [
      id 233
      source 71
      target 25
      value 1
   ]
   edge [
      id 234
      source 72
      target 26
      value 2
   ]
   edge [
      id 235
      source 72
      target 27
      value 1
   ]
   edge [
      id 236
      source 72
      target 11
      value 1
   ]
   edge [
      id 237
      source 73
      target 48
      value 2
   ]
   edge [
      id 238
      source 74
      target 48
      value 2
   ]
   edge [
      id 239
      source 74
      target 73
      value 3
   ]
   edge [
      id 240
      source 75
      target 69
      value 3
   ]
   edge [
      id 241
      source 75
      target 68
      value 3
   ]
   edge [
      id 242
      source 75
      target 25
      value 3
   ]
   edge [
      id 243
      source 75
      target 48
      value 1
   ]
   edge [
      id 244
      source 75
      target 41
      value 1
   ]
   edge [
      id 245
      source 75
      target 70
      value 1
   ]
   edge [
      id 246
      source 75
      target 71
      value 1
   ]
   edge [
      id 247
      source 76
      target 64
      value 1
   ]
   edge [
      id 248
      source 76
      target 65
      value 1
   ]
   edge [
      id 249
      source 76
      target 66
      value 1
   ]
   edge [
      id 250
      source 76
      target 63
      value 1
   ]
   edge [
      id 251
      source 76
      target 62
      value 1
   ]
   edge [
      id 252
      source 76
      target 48
      value 1
   ]
   edge [
      id 253
      source 76
      target 58
      value 1
   ]
]
