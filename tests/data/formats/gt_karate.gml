graph [
   description "Zachary's karate club: social network of friendships between 34 members of a karate club at a US university in the 1970s. Please cite W. W. Zachary, An information flow model for conflict and fission in small groups, Journal of Anthropological Research 33, 452-473 (1977). Retrieved from `Mark Newman's website <http://www-personal.umich.edu/~mejn/netdata/>`_."
   readme "The file karate.gml contains the network of friendships between the 34
members of a karate club at a US university, as described by Wayne Zachary
in 1977.  If you use these data in your work, please cite W. W. Zachary, An
information flow model for conflict and fission in small groups, Journal of
Anthropological Research 33, 452-473 (1977).
"
   node [
      id 0
      pos "-97.518891526091664, -18.55198438922142"
   ]
   node [
      id 1
      pos "-96.583963015339975, -16.903957631711855"
   ]
   node [
      id 2
      pos "-93.461815986876772, -17.977507154273717"
   ]
   node [
      id 3
      pos "-96.245474984475649, -19.736478026785448"
   ]
   node [
      id 4
      pos "-99.967243729563521, -20.063340556891177"
   ]
   node [
      id 5
      pos "-101.33629037370217, -21.680114962654073"
   ]
   node [
      id 6
      pos "-102.01573088405419, -19.831564333067277"
   ]
   node [
      id 7
      pos "-94.868683543733241, -20.143416798821608"
   ]
   node [
      id 8
      pos "-93.819167295434866, -15.801248610527022"
   ]
   node [
      id 9
      pos "-90.410261623237332, -19.288284087762008"
   ]
   node [
      id 10
      pos "-99.287304395018097, -22.11041664811729"
   ]
   node [
      id 11
      pos "-101.69943556378225, -16.76678049000795"
   ]
   node [
      id 12
      pos "-96.778577173202933, -22.272295964161287"
   ]
   node [
      id 13
      pos "-94.953399228797068, -17.508373944323694"
   ]
   node [
      id 14
      pos "-90.111740406804842, -10.674487351445551"
   ]
   node [
      id 15
      pos "-90.067055854268602, -12.426249338845855"
   ]
   node [
      id 16
      pos "-104.18895130278248, -21.870337511179947"
   ]
   node [
      id 17
      pos "-98.908398953239029, -15.08298221376066"
   ]
   node [
      id 18
      pos "-88.27818434957878, -12.037726621584092"
   ]
   node [
      id 19
      pos "-95.904072847237472, -15.010968492242979"
   ]
   node [
      id 20
      pos "-91.972090949153653, -10.99992747261622"
   ]
   node [
      id 21
      pos "-99.47598918309923, -17.071247076177123"
   ]
   node [
      id 22
      pos "-93.485622191389467, -11.887336951232088"
   ]
   node [
      id 23
      pos "-88.468431145545239, -15.904081511866941"
   ]
   node [
      id 24
      pos "-88.295885670993442, -20.110462065228266"
   ]
   node [
      id 25
      pos "-87.248657418244548, -18.296449473321385"
   ]
   node [
      id 26
      pos "-86.425597872144962, -14.243934896393242"
   ]
   node [
      id 27
      pos "-89.533573764482, -17.630738380568854"
   ]
   node [
      id 28
      pos "-92.037803199389728, -19.400243420972693"
   ]
   node [
      id 29
      pos "-88.381754116035552, -14.07774033678254"
   ]
   node [
      id 30
      pos "-94.106187233176257, -13.965937782826959"
   ]
   node [
      id 31
      pos "-91.506499624573394, -17.565615836632539"
   ]
   node [
      id 32
      pos "-91.359553487118092, -13.782984250884645"
   ]
   node [
      id 33
      pos "-91.174956871304616, -15.028421019548045"
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
      source 2
      target 1
   ]
   edge [
      id 3
      source 3
      target 0
   ]
   edge [
      id 4
      source 3
      target 1
   ]
   edge [
      id 5
      source 3
      target 2
   ]
   edge [
      id 6
      source 4
      target 0
   ]
   edge [
      id 7
      source 5
      target 0
   ]
   edge [
      id 8
      source 6
      target 0
   ]
   edge [
      id 9
      source 6
      target 4
   ]
   edge [
      id 10
      source 6
      target 5
   ]
   edge [
      id 11
      source 7
      target 0
   ]
   edge [
      id 12
      source 7
      target 1
   ]
   edge [
      id 13
      source 7
      target 2
   ]
   edge [
      id 14
      source 7
      target 3
   ]
   edge [
      id 15
      source 8
      target 0
   ]
   edge [
      id 16
      source 8
      target 2
   ]
   edge [
      id 17
      source 9
      target 2
   ]
   edge [
      id 18
      source 10
      target 0
   ]
   edge [
      id 19
      source 10
      target 4
   ]
   edge [
      id 20
      source 10
      target 5
   ]
   edge [
      id 21
      source 11
      target 0
   ]
   edge [
      id 22
      source 12
      target 0
   ]
   edge [
      id 23
      source 12
      target 3
   ]
   edge [
      id 24
      source 13
      target 0
   ]
   edge [
      id 25
      source 13
      target 1
   ]
   edge [
      id 26
      source 13
      target 2
   ]
   edge [
      id 27
      source 13
      target 3
   ]
   edge [
      id 28
      source 16
      target 5
   ]
   edge [
      id 29
      source 16
      target 6
   ]
   edge [
      id 30
      source 17
      target 0
   ]
   edge [
      id 31
      source 17
      target 1
   ]
   edge [
      id 32
      source 19
      target 0
   ]
   edge [
      id 33
      source 19
      target 1
   ]
   edge [
      id 34
      source 21
      target 0
   ]
   edge [
      id 35
      source 21
      target 1
   ]
   edge [
      id 36
      source 25
      target 23
   ]
   edge [
      id 37
      source 25
      target 24
   ]
   edge [
      id 38
      source 27
      target 2
   ]
   edge [
      id 39
      source 27
      target 23
   ]
   edge [
      id 40
      source 27
      target 24
   ]
   edge [
      id 41
      source 28
      target 2
   ]
   edge [
      id 42
      source 29
      target 23
   ]
   edge [
      id 43
      source 29
      target 26
   ]
   edge [
      id 44
      source 30
      target 1
   ]
   edge [
      id 45
      source 30
      target 8
   ]
   edge [
      id 46
      source 31
      target 0
   ]
   edge [
      id 47
      source 31
      target 24
   ]
   edge [
      id 48
      source 31
      target 25
   ]
   edge [
      id 49
      source 31
      target 28
   ]
   edge [
      id 50
      source 32
      target 2
   ]
   edge [
      id 51
      source 32
      target 8
   ]
   edge [
      id 52
      source 32
      target 14
   ]
   edge [
      id 53
      source 32
      target 15
   ]
   edge [
      id 54
      source 32
      target 18
   ]
   edge [
      id 55
      source 32
      target 20
   ]
   edge [
      id 56
      source 32
      target 22
   ]
   edge [
      id 57
      source 32
      target 23
   ]
   edge [
      id 58
      source 32
      target 29
   ]
   edge [
      id 59
      source 32
      target 30
   ]
   edge [
      id 60
      source 32
      target 31
   ]
   edge [
      id 61
      source 33
      target 8
   ]
   edge [
      id 62
      source 33
      target 9
   ]
   edge [
      id 63
      source 33
      target 13
   ]
   edge [
      id 64
      source 33
      target 14
   ]
   edge [
      id 65
      source 33
      target 15
   ]
   edge [
      id 66
      source 33
      target 18
   ]
   edge [
      id 67
      source 33
      target 19
   ]
   edge [
      id 68
      source 33
      target 20
   ]
   edge [
      id 69
      source 33
      target 22
   ]
   edge [
      id 70
      source 33
      target 23
   ]
   edge [
      id 71
      source 33
      target 26
   ]
   edge [
      id 72
      source 33
      target 27
   ]
   edge [
      id 73
      source 33
      target 28
   ]
   edge [
      id 74
      source 33
      target 29
   ]
   edge [
      id 75
      source 33
      target 30
   ]
   edge [
      id 76
      source 33
      target 31
   ]
   edge [
      id 77
      source 33
      target 32
   ]
]
