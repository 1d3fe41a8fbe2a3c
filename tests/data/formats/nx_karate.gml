graph [
  node [
    id 0
    label "0"
    graphics [
      x -97.51889152609166
      y -18.55198438922142
    ]
  ]
  node [
    id 1
    label "1"
    graphics [
      x -96.58396301533998
      y -16.903957631711855
    ]
  ]
  node [
    id 2
    label "2"
    graphics [
      x -93.46181598687677
      y -17.977507154273717
    ]
  ]
  node [
    id 3
    label "3"
    graphics [
      x -96.24547498447565
      y -19.73647802678545
    ]
  ]
  node [
    id 4
    label "4"
    graphics [
      x -99.96724372956352
      y -20.063340556891177
    ]
  ]
  node [
    id 5
    label "5"
    graphics [
      x -101.33629037370217
      y -21.680114962654073
    ]
  ]
  node [
    id 6
    label "6"
    graphics [
      x -102.0157308840542
      y -19.831564333067277
    ]
  ]
  node [
    id 7
    label "7"
    graphics [
      x -94.86868354373324
      y -20.143416798821608
    ]
  ]
  node [
    id 8
    label "8"
    graphics [
      x -93.81916729543487
      y -15.801248610527022
    ]
  ]
  node [
    id 9
    label "9"
    graphics [
      x -90.41026162323733
      y -19.28828408776201
    ]
  ]
  node [
    id 10
    label "10"
    graphics [
      x -99.2873043950181
      y -22.11041664811729
    ]
  ]
  node [
    id 11
    label "11"
    graphics [
      x -101.69943556378225
      y -16.76678049000795
    ]
  ]
  node [
    id 12
    label "12"
    graphics [
      x -96.77857717320293
      y -22.272295964161287
    ]
  ]
  node [
    id 13
    label "13"
    graphics [
      x -94.95339922879707
      y -17.508373944323694
    ]
  ]
  node [
    id 14
    label "14"
    graphics [
      x -90.11174040680484
      y -10.674487351445551
    ]
  ]
  node [
    id 15
    label "15"
    graphics [
      x -90.0670558542686
      y -12.426249338845855
    ]
  ]
  node [
    id 16
    label "16"
    graphics [
      x -104.18895130278248
      y -21.870337511179947
    ]
  ]
  node [
    id 17
    label "17"
    graphics [
      x -98.90839895323903
      y -15.08298221376066
    ]
  ]
  node [
    id 18
    label "18"
    graphics [
      x -88.27818434957878
      y -12.037726621584092
    ]
  ]
  node [
    id 19
    label "19"
    graphics [
      x -95.90407284723747
      y -15.010968492242979
    ]
  ]
  node [
    id 20
    label "20"
    graphics [
      x -91.97209094915365
      y -10.99992747261622
    ]
  ]
  node [
    id 21
    label "21"
    graphics [
      x -99.47598918309923
      y -17.071247076177123
    ]
  ]
  node [
    id 22
    label "22"
    graphics [
      x -93.48562219138947
      y -11.887336951232088
    ]
  ]
  node [
    id 23
    label "23"
    graphics [
      x -88.46843114554524
      y -15.904081511866941
    ]
  ]
  node [
    id 24
    label "24"
    graphics [
      x -88.29588567099344
      y -20.110462065228266
    ]
  ]
  node [
    id 25
    label "25"
    graphics [
      x -87.24865741824455
      y -18.296449473321385
    ]
  ]
  node [
    id 26
    label "26"
    graphics [
      x -86.42559787214496
      y -14.243934896393242
    ]
  ]
  node [
    id 27
    label "27"
    graphics [
      x -89.533573764482
      y -17.630738380568854
    ]
  ]
  node [
    id 28
    label "28"
    graphics [
      x -92.03780319938973
      y -19.400243420972693
    ]
  ]
  node [
    id 29
    label "29"
    graphics [
      x -88.38175411603555
      y -14.07774033678254
    ]
  ]
  node [
    id 30
    label "30"
    graphics [
      x -94.10618723317626
      y -13.965937782826959
    ]
  ]
  node [
    id 31
    label "31"
    graphics [
      x -91.5064996245734
      y -17.56561583663254
    ]
  ]
  node [
    id 32
    label "32"
    graphics [
      x -91.35955348711809
      y -13.782984250884645
    ]
  ]
  node [
    id 33
    label "33"
    graphics [
      x -91.17495687130462
      y -15.028421019548045
    ]
  ]
  edge [
    source 0
    target 1
  ]
  edge [
    source 0
    target 2
  ]
  edge [
    source 0
    target 3
  ]
  edge [
    source 0
    target 4
  ]
  edge [
    source 0
    target 5
  ]
  edge [
    source 0
    target 6
  ]
  edge [
    source 0
    target 7
  ]
  edge [
    source 0
    target 8
  ]
  edge [
    source 0
    target 10
  ]
  edge [
    source 0
    target 11
  ]
  edge [
    source 0
    target 12
  ]
  edge [
    source 0
    target 13
  ]
  edge [
    source 0
    target 17
  ]
  edge [
    source 0
    target 19
  ]
  edge [
    source 0
    target 21
  ]
  edge [
    source 0
    target 31
  ]
  edge [
    source 1
    target 2
  ]
  edge [
    source 1
    target 3
  ]
  edge [
    source 1
    target 7
  ]
  edge [
    source 1
    target 13
  ]
  edge [
    source 1
    target 17
  ]
  edge [
    source 1
    target 19
  ]
  edge [
    source 1
    target 21
  ]
  edge [
    source 1
    target 30
  ]
  edge [
    source 2
    target 3
  ]
  edge [
    source 2
    target 7
  ]
  edge [
    source 2
    target 8
  ]
  edge [
    source 2
    target 9
  ]
  edge [
    source 2
    target 13
  ]
  edge [
    source 2
    target 27
  ]
  edge [
    source 2
    target 28
  ]
  edge [
    source 2
    target 32
  ]
  edge [
    source 3
    target 7
  ]
  edge [
    source 3
    target 12
  ]
  edge [
    source 3
    target 13
  ]
  edge [
    source 4
    target 6
  ]
  edge [
    source 4
    target 10
  ]
  edge [
    source 5
    target 6
  ]
  edge [
    source 5
    target 10
  ]
  edge [
    source 5
    target 16
  ]
  edge [
    source 6
    target 16
  ]
  edge [
    source 8
    target 30
  ]
  edge [
    source 8
    target 32
  ]
  edge [
    source 8
    target 33
  ]
  edge [
    source 9
    target 33
  ]
  edge [
    source 13
    target 33
  ]
  edge [
    source 14
    target 32
  ]
  edge [
    source 14
    target 33
  ]
  edge [
    source 15
    target 32
  ]
  edge [
    source 15
    target 33
  ]
  edge [
    source 18
    target 32
  ]
  edge [
    source 18
    target 33
  ]
  edge [
    source 19
    target 33
  ]
  edge [
    source 20
    target 32
  ]
  edge [
    source 20
    target 33
  ]
  edge [
    source 22
    target 32
  ]
  edge [
    source 22
    target 33
  ]
  edge [
    source 23
    target 25
  ]
  edge [
    source 23
    target 27
  ]
  edge [
    source 23
    target 29
  ]
  edge [
    source 23
    target 32
  ]
  edge [
    source 23
    target 33
  ]
  edge [
    source 24
    target 25
  ]
  edge [
    source 24
    target 27
  ]
  edge [
    source 24
    target 31
  ]
  edge [
    source 25
    target 31
  ]
  edge [
    source 26
    target 29
  ]
  edge [
    source 26
    target 33
  ]
  edge [
    source 27
    target 33
  ]
  edge [
    source 28
    target 31
  ]
  edge [
    source 28
    target 33
  ]
  edge [
    source 29
    target 32
  ]
  edge [
    source 29
    target 33
  ]
  edge [
    source 30
    target 32
  ]
  edge [
    source 30
    target 33
  ]
  edge [
    source 31
    target 32
  ]
  edge [
    source 31
    target 33
  ]
  edge [
    source 32
    target 33
  ]
]
