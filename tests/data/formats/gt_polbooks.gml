graph [
   description "Books about US politics: A network of books about US politics published around the time of the 2004 presidential election and sold by the online bookseller Amazon.com. Edges between books represent frequent copurchasing of books by the same buyers. The network was compiled by V. Krebs and is unpublished, but can found on Krebs' `web site <http://www.orgnet.com/>`_. Retrieved from `Mark Newman's website <http://www-personal.umich.edu/~mejn/netdata/>`_."
   readme "Books about US politics
Compiled by Valdis Krebs

Nodes represent books about US politics sold by the online bookseller
Amazon.com.  Edges represent frequent co-purchasing of books by the same
buyers, as indicated by the \"customers who bought this book also bought
these other books\" feature on Amazon.

Nodes have been given values \"l\", \"n\", or \"c\" to indicate whether they are
\"liberal\", \"neutral\", or \"conservative\".  These alignments were assigned
separately by Mark Newman based on a reading of the descriptions and
reviews of the books posted on Amazon.

These data should be cited as V. Krebs, unpublished,
http://www.orgnet.com/.
"
   node [
      id 0
      label "1000 Years for Revenge"
      pos "-149.11848529155503, 46.118883953635759"
      value "n"
   ]
   node [
      id 1
      label "Bush vs. the Beltway"
      pos "-146.89497070213159, 47.894534424106475"
      value "c"
   ]
   node [
      id 2
      label "Charlie Wilson's War"
      pos "-152.72004096695073, 44.789946873671475"
      value "c"
   ]
   node [
      id 3
      label "Losing Bin Laden"
      pos "-142.21332655892041, 42.648223402330018"
      value "c"
   ]
   node [
      id 4
      label "Sleeping With the Devil"
      pos "-153.13689002060602, 41.315779027624444"
      value "n"
   ]
   node [
      id 5
      label "The Man Who Warned America"
      pos "-149.52003715416961, 43.698805804184445"
      value "c"
   ]
   node [
      id 6
      label "Why America Slept"
      pos "-146.36023599931818, 43.399070365733444"
      value "n"
   ]
   node [
      id 7
      label "Ghost Wars"
      pos "-152.49262852315007, 38.392428809703517"
      value "n"
   ]
   node [
      id 8
      label "A National Party No More"
      pos "-138.55968760743175, 40.072552983886062"
      value "c"
   ]
   node [
      id 9
      label "Bush Country"
      pos "-142.30028541957981, 35.522267989643474"
      value "c"
   ]
   node [
      id 10
      label "Dereliction of Duty"
      pos "-138.00039305389353, 44.067776644191966"
      value "c"
   ]
   node [
      id 11
      label "Legacy"
      pos "-141.16118986144218, 38.784014959556941"
      value "c"
   ]
   node [
      id 12
      label "Off with Their Heads"
      pos "-138.64833830615117, 42.037498019997976"
      value "c"
   ]
   node [
      id 13
      label "Persecution"
      pos "-139.34571543243106, 38.755359523676965"
      value "c"
   ]
   node [
      id 14
      label "Rumsfeld's War"
      pos "-145.40148342380695, 38.047181496605603"
      value "c"
   ]
   node [
      id 15
      label "Breakdown"
      pos "-138.0828322297788, 48.072511795488843"
      value "c"
   ]
   node [
      id 16
      label "Betrayal"
      pos "-139.65162586341674, 50.044425787901552"
      value "c"
   ]
   node [
      id 17
      label "Shut Up and Sing"
      pos "-140.30364252382006, 43.249493190918848"
      value "c"
   ]
   node [
      id 18
      label "Meant To Be"
      pos "-143.34230178508494, 47.77147464793191"
      value "n"
   ]
   node [
      id 19
      label "The Right Man"
      pos "-145.03057064291275, 40.215328573701456"
      value "c"
   ]
   node [
      id 20
      label "Ten Minutes from Normal"
      pos "-144.04808264562502, 35.856163805547155"
      value "c"
   ]
   node [
      id 21
      label "Hillary's Scheme"
      pos "-139.3708259999016, 45.406892588274786"
      value "c"
   ]
   node [
      id 22
      label "The French Betrayal of America"
      pos "-143.55449000044783, 38.26943247197444"
      value "c"
   ]
   node [
      id 23
      label "Tales from the Left Coast"
      pos "-136.13875772761006, 42.944683661993494"
      value "c"
   ]
   node [
      id 24
      label "Hating America"
      pos "-142.09571453171819, 39.961118178430027"
      value "c"
   ]
   node [
      id 25
      label "The Third Terrorist"
      pos "-144.01327014272078, 41.845889217722814"
      value "c"
   ]
   node [
      id 26
      label "Endgame"
      pos "-141.0518358289971, 36.867916415153232"
      value "c"
   ]
   node [
      id 27
      label "Spin Sisters"
      pos "-137.1172247070306, 38.298640345323328"
      value "c"
   ]
   node [
      id 28
      label "All the Shah's Men"
      pos "-157.9121420351029, 40.20551129434191"
      value "n"
   ]
   node [
      id 29
      label "Dangerous Dimplomacy"
      pos "-147.29796210774981, 40.594349951161448"
      value "c"
   ]
   node [
      id 30
      label "The Price of Loyalty"
      pos "-159.67550021676641, 35.986040223820567"
      value "l"
   ]
   node [
      id 31
      label "House of Bush, House of Saud"
      pos "-157.48832691688176, 35.259311445232385"
      value "l"
   ]
   node [
      id 32
      label "The Death of Right and Wrong"
      pos "-136.03437153046252, 45.581777962262727"
      value "c"
   ]
   node [
      id 33
      label "Useful Idiots"
      pos "-134.23174212871925, 44.415351221795078"
      value "c"
   ]
   node [
      id 34
      label "The O'Reilly Factor"
      pos "-128.26990402384288, 42.536384266252661"
      value "c"
   ]
   node [
      id 35
      label "Let Freedom Ring"
      pos "-132.67602622990674, 39.56842429512659"
      value "c"
   ]
   node [
      id 36
      label "Those Who Trespass"
      pos "-130.60423407629045, 39.683762773758652"
      value "c"
   ]
   node [
      id 37
      label "Bias"
      pos "-131.82030691451018, 43.060724594411923"
      value "c"
   ]
   node [
      id 38
      label "Slander"
      pos "-131.89375038491411, 45.218828768467624"
      value "c"
   ]
   node [
      id 39
      label "The Savage Nation"
      pos "-133.17003235574339, 41.775496778755702"
      value "c"
   ]
   node [
      id 40
      label "Deliver Us from Evil"
      pos "-138.64940336110226, 37.356016383054033"
      value "c"
   ]
   node [
      id 41
      label "Give Me a Break"
      pos "-135.16122025016449, 37.926249025541331"
      value "c"
   ]
   node [
      id 42
      label "The Enemy Within"
      pos "-133.29151900578819, 36.803539304142994"
      value "c"
   ]
   node [
      id 43
      label "The Real America"
      pos "-134.6476738597103, 34.074251182470434"
      value "c"
   ]
   node [
      id 44
      label "Who's Looking Out for You?"
      pos "-135.65489260463369, 36.023137631686872"
      value "c"
   ]
   node [
      id 45
      label "The Official Handbook Vast Right Wing Conspiracy"
      pos "-138.13372272800945, 34.757874097043718"
      value "c"
   ]
   node [
      id 46
      label "Power Plays"
      pos "-144.54629785954501, 44.817020106378678"
      value "n"
   ]
   node [
      id 47
      label "Arrogance"
      pos "-136.97309604239084, 40.278591000803537"
      value "c"
   ]
   node [
      id 48
      label "The Perfect Wife"
      pos "-144.8963504583418, 30.393876840856706"
      value "n"
   ]
   node [
      id 49
      label "The Bushes"
      pos "-150.6494995199466, 34.3173021176272"
      value "c"
   ]
   node [
      id 50
      label "Things Worth Fighting For"
      pos "-145.65736484689023, 33.243530032546445"
      value "c"
   ]
   node [
      id 51
      label "Surprise, Security, the American Experience"
      pos "-148.90596466046011, 29.046483560589834"
      value "n"
   ]
   node [
      id 52
      label "Allies"
      pos "-148.01553258411539, 32.123933621130256"
      value "c"
   ]
   node [
      id 53
      label "Why Courage Matters"
      pos "-147.36324062767454, 36.757864426653882"
      value "c"
   ]
   node [
      id 54
      label "Hollywood Interrupted"
      pos "-134.62517639336514, 40.1838957539426"
      value "c"
   ]
   node [
      id 55
      label "Fighting Back"
      pos "-141.19411192515088, 46.78953270847277"
      value "c"
   ]
   node [
      id 56
      label "We Will Prevail"
      pos "-139.99562850542546, 33.04646833415309"
      value "c"
   ]
   node [
      id 57
      label "The Faith of George W Bush"
      pos "-142.99062244857154, 32.185493336963681"
      value "c"
   ]
   node [
      id 58
      label "Rise of the Vulcans"
      pos "-151.90880158228018, 32.188713195799544"
      value "c"
   ]
   node [
      id 59
      label "Downsize This!"
      pos "-172.42334962599222, 43.411177198756661"
      value "l"
   ]
   node [
      id 60
      label "Stupid White Men"
      pos "-170.48906376944075, 41.02034195837718"
      value "l"
   ]
   node [
      id 61
      label "Rush Limbaugh Is a Big Fat Idiot"
      pos "-168.03092366923428, 46.359482007225736"
      value "l"
   ]
   node [
      id 62
      label "The Best Democracy Money Can Buy"
      pos "-171.9954129440647, 38.868453649503309"
      value "l"
   ]
   node [
      id 63
      label "The Culture of Fear"
      pos "-174.40590081832704, 40.754297726334791"
      value "l"
   ]
   node [
      id 64
      label "America Unbound"
      pos "-154.69662000442304, 29.982746941159657"
      value "l"
   ]
   node [
      id 65
      label "The Choice"
      pos "-153.13625654855463, 27.757638218573017"
      value "l"
   ]
   node [
      id 66
      label "The Great Unraveling"
      pos "-162.14857603081876, 35.848817718986844"
      value "l"
   ]
   node [
      id 67
      label "Rogue Nation"
      pos "-158.6828657980567, 27.497350213793453"
      value "l"
   ]
   node [
      id 68
      label "Soft Power"
      pos "-155.79897914227823, 27.780285869770633"
      value "l"
   ]
   node [
      id 69
      label "Colossus"
      pos "-151.93999282680335, 25.387787865007024"
      value "n"
   ]
   node [
      id 70
      label "The Sorrows of Empire"
      pos "-160.46827100599785, 30.392613272238371"
      value "l"
   ]
   node [
      id 71
      label "Against All Enemies"
      pos "-159.08236221865758, 34.082093024033291"
      value "l"
   ]
   node [
      id 72
      label "American Dynasty"
      pos "-161.63963427054395, 34.300598606937967"
      value "l"
   ]
   node [
      id 73
      label "Big Lies"
      pos "-163.33119338856241, 37.935390616733827"
      value "l"
   ]
   node [
      id 74
      label "The Lies of George W. Bush"
      pos "-163.54216040940065, 34.062593849678578"
      value "l"
   ]
   node [
      id 75
      label "Worse Than Watergate"
      pos "-160.7918760711577, 33.19816734857897"
      value "l"
   ]
   node [
      id 76
      label "Plan of Attack"
      pos "-157.63858082700068, 37.181427749126229"
      value "n"
   ]
   node [
      id 77
      label "Bush at War"
      pos "-154.22096399464581, 36.018044359834875"
      value "c"
   ]
   node [
      id 78
      label "The New Pearl Harbor"
      pos "-158.60309709268697, 31.196192340931951"
      value "l"
   ]
   node [
      id 79
      label "Bushwomen"
      pos "-165.19884431632022, 33.873043353390493"
      value "l"
   ]
   node [
      id 80
      label "The Bubble of American Supremacy"
      pos "-162.29061509166141, 30.639375349227397"
      value "l"
   ]
   node [
      id 81
      label "Living History"
      pos "-161.3168380945292, 40.184683859063426"
      value "l"
   ]
   node [
      id 82
      label "The Politics of Truth"
      pos "-160.59633464915402, 37.661855904125296"
      value "l"
   ]
   node [
      id 83
      label "Fanatics and Fools"
      pos "-164.05022280351193, 35.868943064652171"
      value "l"
   ]
   node [
      id 84
      label "Bushwhacked"
      pos "-165.16438419575772, 37.978220211272827"
      value "l"
   ]
   node [
      id 85
      label "Disarming Iraq"
      pos "-155.7007695985204, 32.933484797641185"
      value "l"
   ]
   node [
      id 86
      label "Lies and the Lying Liars Who Tell Them"
      pos "-164.36274011955348, 39.992404630610963"
      value "l"
   ]
   node [
      id 87
      label "MoveOn's 50 Ways to Love Your Country"
      pos "-168.20665418382387, 32.254544370617843"
      value "l"
   ]
   node [
      id 88
      label "The Buying of the President 2004"
      pos "-167.47535542137149, 34.268640577022389"
      value "l"
   ]
   node [
      id 89
      label "Perfectly Legal"
      pos "-166.52148248036093, 36.233870453436296"
      value "l"
   ]
   node [
      id 90
      label "Hegemony or Survival"
      pos "-166.36677930557954, 31.030147958810556"
      value "l"
   ]
   node [
      id 91
      label "The Exception to the Rulers"
      pos "-164.61182221506505, 31.99144556798322"
      value "l"
   ]
   node [
      id 92
      label "Freethinkers"
      pos "-164.36996555965459, 29.341943174622426"
      value "l"
   ]
   node [
      id 93
      label "Had Enough?"
      pos "-161.41296583493792, 42.112153392127802"
      value "l"
   ]
   node [
      id 94
      label "It's Still the Economy, Stupid!"
      pos "-163.35042330337291, 44.212082892943386"
      value "l"
   ]
   node [
      id 95
      label "We're Right They're Wrong"
      pos "-162.55835695665829, 46.620913126196072"
      value "l"
   ]
   node [
      id 96
      label "What Liberal Media?"
      pos "-166.64930725458734, 41.054147927092998"
      value "l"
   ]
   node [
      id 97
      label "The Clinton Wars"
      pos "-164.41297865479763, 42.042280148630752"
      value "l"
   ]
   node [
      id 98
      label "Weapons of Mass Deception"
      pos "-169.84512673521996, 34.053578772115358"
      value "l"
   ]
   node [
      id 99
      label "Dude, Where's My Country?"
      pos "-167.50098596849034, 38.76165673071992"
      value "l"
   ]
   node [
      id 100
      label "Thieves in High Places"
      pos "-168.25283022420192, 37.170901983855892"
      value "l"
   ]
   node [
      id 101
      label "Shrub"
      pos "-167.92805074802305, 43.244693206426454"
      value "l"
   ]
   node [
      id 102
      label "Buck Up Suck Up"
      pos "-156.27692207624477, 46.193977532560211"
      value "l"
   ]
   node [
      id 103
      label "The Future of Freedom"
      pos "-159.66519011822106, 20.927847338225838"
      value "n"
   ]
   node [
      id 104
      label "Empire"
      pos "-156.11022945852972, 21.862714268316246"
      value "n"
   ]
   edge [
      id 0
      source 1
      target 0
   ]
   edge [
      id 1
      source 2
      target 0
   ]
   edge [
      id 2
      source 3
      target 0
   ]
   edge [
      id 3
      source 3
      target 1
   ]
   edge [
      id 4
      source 4
      target 0
   ]
   edge [
      id 5
      source 4
      target 2
   ]
   edge [
      id 6
      source 5
      target 0
   ]
   edge [
      id 7
      source 5
      target 1
   ]
   edge [
      id 8
      source 5
      target 2
   ]
   edge [
      id 9
      source 5
      target 3
   ]
   edge [
      id 10
      source 5
      target 4
   ]
   edge [
      id 11
      source 6
      target 0
   ]
   edge [
      id 12
      source 6
      target 1
   ]
   edge [
      id 13
      source 6
      target 4
   ]
   edge [
      id 14
      source 6
      target 5
   ]
   edge [
      id 15
      source 7
      target 2
   ]
   edge [
      id 16
      source 7
      target 5
   ]
   edge [
      id 17
      source 7
      target 6
   ]
   edge [
      id 18
      source 8
      target 3
   ]
   edge [
      id 19
      source 9
      target 3
   ]
   edge [
      id 20
      source 9
      target 8
   ]
   edge [
      id 21
      source 10
      target 3
   ]
   edge [
      id 22
      source 10
      target 6
   ]
   edge [
      id 23
      source 10
      target 8
   ]
   edge [
      id 24
      source 11
      target 3
   ]
   edge [
      id 25
      source 11
      target 8
   ]
   edge [
      id 26
      source 11
      target 9
   ]
   edge [
      id 27
      source 11
      target 10
   ]
   edge [
      id 28
      source 12
      target 3
   ]
   edge [
      id 29
      source 12
      target 6
   ]
   edge [
      id 30
      source 12
      target 8
   ]
   edge [
      id 31
      source 12
      target 9
   ]
   edge [
      id 32
      source 12
      target 10
   ]
   edge [
      id 33
      source 12
      target 11
   ]
   edge [
      id 34
      source 13
      target 3
   ]
   edge [
      id 35
      source 13
      target 8
   ]
   edge [
      id 36
      source 13
      target 11
   ]
   edge [
      id 37
      source 13
      target 12
   ]
   edge [
      id 38
      source 14
      target 3
   ]
   edge [
      id 39
      source 14
      target 8
   ]
   edge [
      id 40
      source 14
      target 9
   ]
   edge [
      id 41
      source 14
      target 11
   ]
   edge [
      id 42
      source 14
      target 12
   ]
   edge [
      id 43
      source 14
      target 7
   ]
   edge [
      id 44
      source 15
      target 3
   ]
   edge [
      id 45
      source 15
      target 10
   ]
   edge [
      id 46
      source 15
      target 12
   ]
   edge [
      id 47
      source 16
      target 3
   ]
   edge [
      id 48
      source 16
      target 10
   ]
   edge [
      id 49
      source 16
      target 15
   ]
   edge [
      id 50
      source 17
      target 3
   ]
   edge [
      id 51
      source 17
      target 11
   ]
   edge [
      id 52
      source 17
      target 12
   ]
   edge [
      id 53
      source 17
      target 13
   ]
   edge [
      id 54
      source 18
      target 3
   ]
   edge [
      id 55
      source 18
      target 6
   ]
   edge [
      id 56
      source 18
      target 12
   ]
   edge [
      id 57
      source 19
      target 3
   ]
   edge [
      id 58
      source 19
      target 10
   ]
   edge [
      id 59
      source 20
      target 3
   ]
   edge [
      id 60
      source 20
      target 8
   ]
   edge [
      id 61
      source 20
      target 9
   ]
   edge [
      id 62
      source 20
      target 11
   ]
   edge [
      id 63
      source 21
      target 3
   ]
   edge [
      id 64
      source 21
      target 8
   ]
   edge [
      id 65
      source 21
      target 10
   ]
   edge [
      id 66
      source 21
      target 11
   ]
   edge [
      id 67
      source 22
      target 3
   ]
   edge [
      id 68
      source 22
      target 6
   ]
   edge [
      id 69
      source 22
      target 8
   ]
   edge [
      id 70
      source 22
      target 11
   ]
   edge [
      id 71
      source 23
      target 3
   ]
   edge [
      id 72
      source 23
      target 8
   ]
   edge [
      id 73
      source 23
      target 12
   ]
   edge [
      id 74
      source 23
      target 21
   ]
   edge [
      id 75
      source 24
      target 3
   ]
   edge [
      id 76
      source 24
      target 8
   ]
   edge [
      id 77
      source 24
      target 9
   ]
   edge [
      id 78
      source 24
      target 12
   ]
   edge [
      id 79
      source 24
      target 20
   ]
   edge [
      id 80
      source 25
      target 3
   ]
   edge [
      id 81
      source 25
      target 6
   ]
   edge [
      id 82
      source 25
      target 14
   ]
   edge [
      id 83
      source 25
      target 22
   ]
   edge [
      id 84
      source 26
      target 3
   ]
   edge [
      id 85
      source 26
      target 8
   ]
   edge [
      id 86
      source 26
      target 11
   ]
   edge [
      id 87
      source 26
      target 14
   ]
   edge [
      id 88
      source 26
      target 24
   ]
   edge [
      id 89
      source 27
      target 3
   ]
   edge [
      id 90
      source 27
      target 8
   ]
   edge [
      id 91
      source 27
      target 9
   ]
   edge [
      id 92
      source 27
      target 11
   ]
   edge [
      id 93
      source 27
      target 23
   ]
   edge [
      id 94
      source 28
      target 4
   ]
   edge [
      id 95
      source 29
      target 4
   ]
   edge [
      id 96
      source 29
      target 6
   ]
   edge [
      id 97
      source 29
      target 11
   ]
   edge [
      id 98
      source 29
      target 13
   ]
   edge [
      id 99
      source 30
      target 4
   ]
   edge [
      id 100
      source 30
      target 7
   ]
   edge [
      id 101
      source 31
      target 4
   ]
   edge [
      id 102
      source 31
      target 30
   ]
   edge [
      id 103
      source 32
      target 8
   ]
   edge [
      id 104
      source 32
      target 12
   ]
   edge [
      id 105
      source 32
      target 13
   ]
   edge [
      id 106
      source 32
      target 23
   ]
   edge [
      id 107
      source 33
      target 32
   ]
   edge [
      id 108
      source 33
      target 8
   ]
   edge [
      id 109
      source 33
      target 10
   ]
   edge [
      id 110
      source 33
      target 12
   ]
   edge [
      id 111
      source 33
      target 23
   ]
   edge [
      id 112
      source 35
      target 34
   ]
   edge [
      id 113
      source 35
      target 8
   ]
   edge [
      id 114
      source 35
      target 10
   ]
   edge [
      id 115
      source 36
      target 34
   ]
   edge [
      id 116
      source 36
      target 35
   ]
   edge [
      id 117
      source 36
      target 12
   ]
   edge [
      id 118
      source 37
      target 34
   ]
   edge [
      id 119
      source 37
      target 8
   ]
   edge [
      id 120
      source 37
      target 10
   ]
   edge [
      id 121
      source 37
      target 35
   ]
   edge [
      id 122
      source 37
      target 33
   ]
   edge [
      id 123
      source 38
      target 34
   ]
   edge [
      id 124
      source 38
      target 10
   ]
   edge [
      id 125
      source 38
      target 35
   ]
   edge [
      id 126
      source 38
      target 12
   ]
   edge [
      id 127
      source 38
      target 37
   ]
   edge [
      id 128
      source 38
      target 33
   ]
   edge [
      id 129
      source 39
      target 34
   ]
   edge [
      id 130
      source 39
      target 10
   ]
   edge [
      id 131
      source 39
      target 35
   ]
   edge [
      id 132
      source 39
      target 12
   ]
   edge [
      id 133
      source 39
      target 38
   ]
   edge [
      id 134
      source 39
      target 33
   ]
   edge [
      id 135
      source 40
      target 8
   ]
   edge [
      id 136
      source 40
      target 35
   ]
   edge [
      id 137
      source 40
      target 12
   ]
   edge [
      id 138
      source 40
      target 13
   ]
   edge [
      id 139
      source 40
      target 20
   ]
   edge [
      id 140
      source 40
      target 22
   ]
   edge [
      id 141
      source 40
      target 39
   ]
   edge [
      id 142
      source 40
      target 24
   ]
   edge [
      id 143
      source 40
      target 25
   ]
   edge [
      id 144
      source 40
      target 26
   ]
   edge [
      id 145
      source 40
      target 27
   ]
   edge [
      id 146
      source 41
      target 8
   ]
   edge [
      id 147
      source 41
      target 9
   ]
   edge [
      id 148
      source 41
      target 40
   ]
   edge [
      id 149
      source 41
      target 12
   ]
   edge [
      id 150
      source 41
      target 36
   ]
   edge [
      id 151
      source 41
      target 27
   ]
   edge [
      id 152
      source 42
      target 8
   ]
   edge [
      id 153
      source 42
      target 40
   ]
   edge [
      id 154
      source 42
      target 13
   ]
   edge [
      id 155
      source 42
      target 39
   ]
   edge [
      id 156
      source 43
      target 8
   ]
   edge [
      id 157
      source 43
      target 35
   ]
   edge [
      id 158
      source 43
      target 13
   ]
   edge [
      id 159
      source 43
      target 42
   ]
   edge [
      id 160
      source 44
      target 8
   ]
   edge [
      id 161
      source 44
      target 40
   ]
   edge [
      id 162
      source 44
      target 35
   ]
   edge [
      id 163
      source 44
      target 12
   ]
   edge [
      id 164
      source 44
      target 13
   ]
   edge [
      id 165
      source 45
      target 8
   ]
   edge [
      id 166
      source 45
      target 9
   ]
   edge [
      id 167
      source 45
      target 40
   ]
   edge [
      id 168
      source 45
      target 11
   ]
   edge [
      id 169
      source 45
      target 26
   ]
   edge [
      id 170
      source 46
      target 8
   ]
   edge [
      id 171
      source 46
      target 12
   ]
   edge [
      id 172
      source 47
      target 9
   ]
   edge [
      id 173
      source 47
      target 40
   ]
   edge [
      id 174
      source 47
      target 41
   ]
   edge [
      id 175
      source 47
      target 11
   ]
   edge [
      id 176
      source 47
      target 12
   ]
   edge [
      id 177
      source 47
      target 13
   ]
   edge [
      id 178
      source 47
      target 42
   ]
   edge [
      id 179
      source 47
      target 36
   ]
   edge [
      id 180
      source 47
      target 37
   ]
   edge [
      id 181
      source 47
      target 17
   ]
   edge [
      id 182
      source 47
      target 33
   ]
   edge [
      id 183
      source 47
      target 45
   ]
   edge [
      id 184
      source 47
      target 46
   ]
   edge [
      id 185
      source 47
      target 23
   ]
   edge [
      id 186
      source 47
      target 24
   ]
   edge [
      id 187
      source 47
      target 26
   ]
   edge [
      id 188
      source 47
      target 27
   ]
   edge [
      id 189
      source 48
      target 9
   ]
   edge [
      id 190
      source 48
      target 20
   ]
   edge [
      id 191
      source 49
      target 9
   ]
   edge [
      id 192
      source 49
      target 20
   ]
   edge [
      id 193
      source 49
      target 31
   ]
   edge [
      id 194
      source 49
      target 48
   ]
   edge [
      id 195
      source 50
      target 9
   ]
   edge [
      id 196
      source 50
      target 11
   ]
   edge [
      id 197
      source 51
      target 9
   ]
   edge [
      id 198
      source 52
      target 9
   ]
   edge [
      id 199
      source 52
      target 22
   ]
   edge [
      id 200
      source 52
      target 51
   ]
   edge [
      id 201
      source 53
      target 40
   ]
   edge [
      id 202
      source 53
      target 20
   ]
   edge [
      id 203
      source 53
      target 24
   ]
   edge [
      id 204
      source 53
      target 26
   ]
   edge [
      id 205
      source 54
      target 40
   ]
   edge [
      id 206
      source 54
      target 41
   ]
   edge [
      id 207
      source 54
      target 12
   ]
   edge [
      id 208
      source 54
      target 47
   ]
   edge [
      id 209
      source 54
      target 23
   ]
   edge [
      id 210
      source 54
      target 27
   ]
   edge [
      id 211
      source 55
      target 10
   ]
   edge [
      id 212
      source 55
      target 12
   ]
   edge [
      id 213
      source 55
      target 15
   ]
   edge [
      id 214
      source 55
      target 19
   ]
   edge [
      id 215
      source 56
      target 11
   ]
   edge [
      id 216
      source 56
      target 19
   ]
   edge [
      id 217
      source 56
      target 43
   ]
   edge [
      id 218
      source 57
      target 13
   ]
   edge [
      id 219
      source 57
      target 56
   ]
   edge [
      id 220
      source 57
      target 20
   ]
   edge [
      id 221
      source 57
      target 48
   ]
   edge [
      id 222
      source 57
      target 49
   ]
   edge [
      id 223
      source 58
      target 14
   ]
   edge [
      id 224
      source 58
      target 7
   ]
   edge [
      id 225
      source 58
      target 30
   ]
   edge [
      id 226
      source 58
      target 49
   ]
   edge [
      id 227
      source 58
      target 50
   ]
   edge [
      id 228
      source 58
      target 51
   ]
   edge [
      id 229
      source 58
      target 52
   ]
   edge [
      id 230
      source 60
      target 59
   ]
   edge [
      id 231
      source 61
      target 59
   ]
   edge [
      id 232
      source 62
      target 59
   ]
   edge [
      id 233
      source 62
      target 60
   ]
   edge [
      id 234
      source 63
      target 59
   ]
   edge [
      id 235
      source 63
      target 60
   ]
   edge [
      id 236
      source 63
      target 62
   ]
   edge [
      id 237
      source 64
      target 58
   ]
   edge [
      id 238
      source 64
      target 51
   ]
   edge [
      id 239
      source 64
      target 52
   ]
   edge [
      id 240
      source 65
      target 64
   ]
   edge [
      id 241
      source 65
      target 58
   ]
   edge [
      id 242
      source 65
      target 51
   ]
   edge [
      id 243
      source 66
      target 64
   ]
   edge [
      id 244
      source 66
      target 28
   ]
   edge [
      id 245
      source 66
      target 30
   ]
   edge [
      id 246
      source 67
      target 64
   ]
   edge [
      id 247
      source 67
      target 65
   ]
   edge [
      id 248
      source 67
      target 66
   ]
   edge [
      id 249
      source 67
      target 30
   ]
   edge [
      id 250
      source 68
      target 64
   ]
   edge [
      id 251
      source 68
      target 58
   ]
   edge [
      id 252
      source 68
      target 65
   ]
   edge [
      id 253
      source 69
      target 64
   ]
   edge [
      id 254
      source 69
      target 58
   ]
   edge [
      id 255
      source 69
      target 65
   ]
   edge [
      id 256
      source 69
      target 51
   ]
   edge [
      id 257
      source 70
      target 64
   ]
   edge [
      id 258
      source 70
      target 66
   ]
   edge [
      id 259
      source 70
      target 30
   ]
   edge [
      id 260
      source 71
      target 7
   ]
   edge [
      id 261
      source 71
      target 68
   ]
   edge [
      id 262
      source 71
      target 70
   ]
   edge [
      id 263
      source 72
      target 71
   ]
   edge [
      id 264
      source 72
      target 28
   ]
   edge [
      id 265
      source 72
      target 66
   ]
   edge [
      id 266
      source 72
      target 49
   ]
   edge [
      id 267
      source 72
      target 70
   ]
   edge [
      id 268
      source 73
      target 71
   ]
   edge [
      id 269
      source 73
      target 72
   ]
   edge [
      id 270
      source 73
      target 66
   ]
   edge [
      id 271
      source 73
      target 30
   ]
   edge [
      id 272
      source 73
      target 31
   ]
   edge [
      id 273
      source 74
      target 71
   ]
   edge [
      id 274
      source 74
      target 72
   ]
   edge [
      id 275
      source 74
      target 73
   ]
   edge [
      id 276
      source 74
      target 66
   ]
   edge [
      id 277
      source 74
      target 30
   ]
   edge [
      id 278
      source 74
      target 31
   ]
   edge [
      id 279
      source 75
      target 71
   ]
   edge [
      id 280
      source 75
      target 72
   ]
   edge [
      id 281
      source 75
      target 73
   ]
   edge [
      id 282
      source 75
      target 74
   ]
   edge [
      id 283
      source 75
      target 30
   ]
   edge [
      id 284
      source 75
      target 31
   ]
   edge [
      id 285
      source 75
      target 70
   ]
   edge [
      id 286
      source 76
      target 71
   ]
   edge [
      id 287
      source 76
      target 72
   ]
   edge [
      id 288
      source 76
      target 75
   ]
   edge [
      id 289
      source 76
      target 66
   ]
   edge [
      id 290
      source 76
      target 30
   ]
   edge [
      id 291
      source 76
      target 31
   ]
   edge [
      id 292
      source 76
      target 49
   ]
   edge [
      id 293
      source 76
      target 53
   ]
   edge [
      id 294
      source 77
      target 71
   ]
   edge [
      id 295
      source 77
      target 75
   ]
   edge [
      id 296
      source 77
      target 58
   ]
   edge [
      id 297
      source 77
      target 30
   ]
   edge [
      id 298
      source 77
      target 19
   ]
   edge [
      id 299
      source 77
      target 31
   ]
   edge [
      id 300
      source 77
      target 76
   ]
   edge [
      id 301
      source 78
      target 71
   ]
   edge [
      id 302
      source 78
      target 72
   ]
   edge [
      id 303
      source 78
      target 74
   ]
   edge [
      id 304
      source 78
      target 75
   ]
   edge [
      id 305
      source 78
      target 31
   ]
   edge [
      id 306
      source 79
      target 71
   ]
   edge [
      id 307
      source 79
      target 72
   ]
   edge [
      id 308
      source 79
      target 74
   ]
   edge [
      id 309
      source 79
      target 75
   ]
   edge [
      id 310
      source 79
      target 30
   ]
   edge [
      id 311
      source 80
      target 71
   ]
   edge [
      id 312
      source 80
      target 72
   ]
   edge [
      id 313
      source 80
      target 66
   ]
   edge [
      id 314
      source 80
      target 30
   ]
   edge [
      id 315
      source 81
      target 71
   ]
   edge [
      id 316
      source 82
      target 71
   ]
   edge [
      id 317
      source 82
      target 72
   ]
   edge [
      id 318
      source 82
      target 73
   ]
   edge [
      id 319
      source 82
      target 74
   ]
   edge [
      id 320
      source 82
      target 75
   ]
   edge [
      id 321
      source 82
      target 30
   ]
   edge [
      id 322
      source 82
      target 31
   ]
   edge [
      id 323
      source 82
      target 76
   ]
   edge [
      id 324
      source 83
      target 71
   ]
   edge [
      id 325
      source 83
      target 73
   ]
   edge [
      id 326
      source 83
      target 75
   ]
   edge [
      id 327
      source 83
      target 30
   ]
   edge [
      id 328
      source 83
      target 76
   ]
   edge [
      id 329
      source 84
      target 72
   ]
   edge [
      id 330
      source 84
      target 74
   ]
   edge [
      id 331
      source 84
      target 75
   ]
   edge [
      id 332
      source 84
      target 66
   ]
   edge [
      id 333
      source 84
      target 73
   ]
   edge [
      id 334
      source 84
      target 60
   ]
   edge [
      id 335
      source 84
      target 30
   ]
   edge [
      id 336
      source 84
      target 62
   ]
   edge [
      id 337
      source 84
      target 76
   ]
   edge [
      id 338
      source 84
      target 79
   ]
   edge [
      id 339
      source 84
      target 81
   ]
   edge [
      id 340
      source 84
      target 82
   ]
   edge [
      id 341
      source 84
      target 83
   ]
   edge [
      id 342
      source 85
      target 72
   ]
   edge [
      id 343
      source 85
      target 7
   ]
   edge [
      id 344
      source 85
      target 58
   ]
   edge [
      id 345
      source 85
      target 65
   ]
   edge [
      id 346
      source 85
      target 66
   ]
   edge [
      id 347
      source 86
      target 72
   ]
   edge [
      id 348
      source 86
      target 73
   ]
   edge [
      id 349
      source 86
      target 66
   ]
   edge [
      id 350
      source 86
      target 84
   ]
   edge [
      id 351
      source 86
      target 60
   ]
   edge [
      id 352
      source 86
      target 30
   ]
   edge [
      id 353
      source 86
      target 61
   ]
   edge [
      id 354
      source 86
      target 76
   ]
   edge [
      id 355
      source 86
      target 81
   ]
   edge [
      id 356
      source 87
      target 72
   ]
   edge [
      id 357
      source 87
      target 74
   ]
   edge [
      id 358
      source 87
      target 84
   ]
   edge [
      id 359
      source 87
      target 83
   ]
   edge [
      id 360
      source 88
      target 72
   ]
   edge [
      id 361
      source 88
      target 74
   ]
   edge [
      id 362
      source 88
      target 66
   ]
   edge [
      id 363
      source 88
      target 84
   ]
   edge [
      id 364
      source 89
      target 72
   ]
   edge [
      id 365
      source 89
      target 73
   ]
   edge [
      id 366
      source 89
      target 66
   ]
   edge [
      id 367
      source 89
      target 84
   ]
   edge [
      id 368
      source 89
      target 86
   ]
   edge [
      id 369
      source 89
      target 88
   ]
   edge [
      id 370
      source 90
      target 72
   ]
   edge [
      id 371
      source 90
      target 66
   ]
   edge [
      id 372
      source 90
      target 70
   ]
   edge [
      id 373
      source 91
      target 72
   ]
   edge [
      id 374
      source 91
      target 74
   ]
   edge [
      id 375
      source 91
      target 75
   ]
   edge [
      id 376
      source 91
      target 31
   ]
   edge [
      id 377
      source 91
      target 90
   ]
   edge [
      id 378
      source 91
      target 79
   ]
   edge [
      id 379
      source 92
      target 72
   ]
   edge [
      id 380
      source 92
      target 73
   ]
   edge [
      id 381
      source 92
      target 75
   ]
   edge [
      id 382
      source 93
      target 73
   ]
   edge [
      id 383
      source 93
      target 66
   ]
   edge [
      id 384
      source 93
      target 86
   ]
   edge [
      id 385
      source 93
      target 30
   ]
   edge [
      id 386
      source 94
      target 73
   ]
   edge [
      id 387
      source 94
      target 84
   ]
   edge [
      id 388
      source 94
      target 93
   ]
   edge [
      id 389
      source 95
      target 73
   ]
   edge [
      id 390
      source 95
      target 94
   ]
   edge [
      id 391
      source 95
      target 61
   ]
   edge [
      id 392
      source 96
      target 73
   ]
   edge [
      id 393
      source 96
      target 66
   ]
   edge [
      id 394
      source 96
      target 84
   ]
   edge [
      id 395
      source 96
      target 94
   ]
   edge [
      id 396
      source 97
      target 73
   ]
   edge [
      id 397
      source 97
      target 66
   ]
   edge [
      id 398
      source 97
      target 84
   ]
   edge [
      id 399
      source 97
      target 86
   ]
   edge [
      id 400
      source 97
      target 96
   ]
   edge [
      id 401
      source 97
      target 81
   ]
   edge [
      id 402
      source 98
      target 73
   ]
   edge [
      id 403
      source 98
      target 74
   ]
   edge [
      id 404
      source 98
      target 87
   ]
   edge [
      id 405
      source 98
      target 91
   ]
   edge [
      id 406
      source 99
      target 73
   ]
   edge [
      id 407
      source 99
      target 74
   ]
   edge [
      id 408
      source 99
      target 66
   ]
   edge [
      id 409
      source 99
      target 84
   ]
   edge [
      id 410
      source 99
      target 93
   ]
   edge [
      id 411
      source 99
      target 60
   ]
   edge [
      id 412
      source 99
      target 59
   ]
   edge [
      id 413
      source 99
      target 30
   ]
   edge [
      id 414
      source 99
      target 62
   ]
   edge [
      id 415
      source 99
      target 63
   ]
   edge [
      id 416
      source 99
      target 90
   ]
   edge [
      id 417
      source 100
      target 73
   ]
   edge [
      id 418
      source 100
      target 66
   ]
   edge [
      id 419
      source 100
      target 84
   ]
   edge [
      id 420
      source 100
      target 86
   ]
   edge [
      id 421
      source 100
      target 96
   ]
   edge [
      id 422
      source 100
      target 98
   ]
   edge [
      id 423
      source 100
      target 99
   ]
   edge [
      id 424
      source 100
      target 62
   ]
   edge [
      id 425
      source 100
      target 79
   ]
   edge [
      id 426
      source 100
      target 91
   ]
   edge [
      id 427
      source 100
      target 83
   ]
   edge [
      id 428
      source 101
      target 84
   ]
   edge [
      id 429
      source 101
      target 86
   ]
   edge [
      id 430
      source 101
      target 94
   ]
   edge [
      id 431
      source 101
      target 100
   ]
   edge [
      id 432
      source 101
      target 61
   ]
   edge [
      id 433
      source 102
      target 93
   ]
   edge [
      id 434
      source 102
      target 94
   ]
   edge [
      id 435
      source 102
      target 95
   ]
   edge [
      id 436
      source 102
      target 46
   ]
   edge [
      id 437
      source 103
      target 67
   ]
   edge [
      id 438
      source 104
      target 67
   ]
   edge [
      id 439
      source 104
      target 69
   ]
   edge [
      id 440
      source 104
      target 103
   ]
]
