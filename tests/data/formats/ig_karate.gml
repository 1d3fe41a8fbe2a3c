Creator "igraph version 0.10.2 Thu Jan  1 00:00:00 2026"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    x -97.5188915260917
    y -18.5519843892214
  ]
  node
  [
    id 1
    x -96.58396301534
    y -16.9039576317119
  ]
  node
  [
    id 2
    x -93.4618159868768
    y -17.9775071542737
  ]
  node
  [
    id 3
    x -96.2454749844756
    y -19.7364780267854
  ]
  node
  [
    id 4
    x -99.9672437295635
    y -20.0633405568912
  ]
  node
  [
    id 5
    x -101.336290373702
    y -21.6801149626541
  ]
  node
  [
    id 6
    x -102.015730884054
    y -19.8315643330673
  ]
  node
  [
    id 7
    x -94.8686835437332
    y -20.1434167988216
  ]
  node
  [
    id 8
    x -93.8191672954349
    y -15.801248610527
  ]
  node
  [
    id 9
    x -90.4102616232373
    y -19.288284087762
  ]
  node
  [
    id 10
    x -99.2873043950181
    y -22.1104166481173
  ]
  node
  [
    id 11
    x -101.699435563782
    y -16.7667804900079
  ]
  node
  [
    id 12
    x -96.7785771732029
    y -22.2722959641613
  ]
  node
  [
    id 13
    x -94.9533992287971
    y -17.5083739443237
  ]
  node
  [
    id 14
    x -90.1117404068048
    y -10.6744873514456
  ]
  node
  [
    id 15
    x -90.0670558542686
    y -12.4262493388459
  ]
  node
  [
    id 16
    x -104.188951302782
    y -21.8703375111799
  ]
  node
  [
    id 17
    x -98.908398953239
    y -15.0829822137607
  ]
  node
  [
    id 18
    x -88.2781843495788
    y -12.0377266215841
  ]
  node
  [
    id 19
    x -95.9040728472375
    y -15.010968492243
  ]
  node
  [
    id 20
    x -91.9720909491537
    y -10.9999274726162
  ]
  node
  [
    id 21
    x -99.4759891830992
    y -17.0712470761771
  ]
  node
  [
    id 22
    x -93.4856221913895
    y -11.8873369512321
  ]
  node
  [
    id 23
    x -88.4684311455452
    y -15.9040815118669
  ]
  node
  [
    id 24
    x -88.2958856709934
    y -20.1104620652283
  ]
  node
  [
    id 25
    x -87.2486574182445
    y -18.2964494733214
  ]
  node
  [
    id 26
    x -86.425597872145
    y -14.2439348963932
  ]
  node
  [
    id 27
    x -89.533573764482
    y -17.6307383805689
  ]
  node
  [
    id 28
    x -92.0378031993897
    y -19.4002434209727
  ]
  node
  [
    id 29
    x -88.3817541160356
    y -14.0777403367825
  ]
  node
  [
    id 30
    x -94.1061872331763
    y -13.965937782827
  ]
  node
  [
    id 31
    x -91.5064996245734
    y -17.5656158366325
  ]
  node
  [
    id 32
    x -91.3595534871181
    y -13.7829842508846
  ]
  node
  [
    id 33
    x -91.1749568713046
    y -15.028421019548
  ]
  edge
  [
    source 1
    target 0
  ]
  edge
  [
    source 2
    target 0
  ]
  edge
  [
    source 2
    target 1
  ]
  edge
  [
    source 3
    target 0
  ]
  edge
  [
    source 3
    target 1
  ]
  edge
  [
    source 3
    target 2
  ]
  edge
  [
    source 4
    target 0
  ]
  edge
  [
    source 5
    target 0
  ]
  edge
  [
    source 6
    target 0
  ]
  edge
  [
    source 6
    target 4
  ]
  edge
  [
    source 6
    target 5
  ]
  edge
  [
    source 7
    target 0
  ]
  edge
  [
    source 7
    target 1
  ]
  edge
  [
    source 7
    target 2
  ]
  edge
  [
    source 7
    target 3
  ]
  edge
  [
    source 8
    target 0
  ]
  edge
  [
    source 8
    target 2
  ]
  edge
  [
    source 9
    target 2
  ]
  edge
  [
    source 10
    target 0
  ]
  edge
  [
    source 10
    target 4
  ]
  edge
  [
    source 10
    target 5
  ]
  edge
  [
    source 11
    target 0
  ]
  edge
  [
    source 12
    target 0
  ]
  edge
  [
    source 12
    target 3
  ]
  edge
  [
    source 13
    target 0
  ]
  edge
  [
    source 13
    target 1
  ]
  edge
  [
    source 13
    target 2
  ]
  edge
  [
    source 13
    target 3
  ]
  edge
  [
    source 16
    target 5
  ]
  edge
  [
    source 16
    target 6
  ]
  edge
  [
    source 17
    target 0
  ]
  edge
  [
    source 17
    target 1
  ]
  edge
  [
    source 19
    target 0
  ]
  edge
  [
    source 19
    target 1
  ]
  edge
  [
    source 21
    target 0
  ]
  edge
  [
    source 21
    target 1
  ]
  edge
  [
    source 25
    target 23
  ]
  edge
  [
    source 25
    target 24
  ]
  edge
  [
    source 27
    target 2
  ]
  edge
  [
    source 27
    target 23
  ]
  edge
  [
    source 27
    target 24
  ]
  edge
  [
    source 28
    target 2
  ]
  edge
  [
    source 29
    target 23
  ]
  edge
  [
    source 29
    target 26
  ]
  edge
  [
    source 30
    target 1
  ]
  edge
  [
    source 30
    target 8
  ]
  edge
  [
    source 31
    target 0
  ]
  edge
  [
    source 31
    target 24
  ]
  edge
  [
    source 31
    target 25
  ]
  edge
  [
    source 31
    target 28
  ]
  edge
  [
    source 32
    target 2
  ]
  edge
  [
    source 32
    target 8
  ]
  edge
  [
    source 32
    target 14
  ]
  edge
  [
    source 32
    target 15
  ]
  edge
  [
    source 32
    target 18
  ]
  edge
  [
    source 32
    target 20
  ]
  edge
  [
    source 32
    target 22
  ]
  edge
  [
    source 32
    target 23
  ]
  edge
  [
    source 32
    target 29
  ]
  edge
  [
    source 32
    target 30
  ]
  edge
  [
    source 32
    target 31
  ]
  edge
  [
    source 33
    target 8
  ]
  edge
  [
    source 33
    target 9
  ]
  edge
  [
    source 33
    target 13
  ]
  edge
  [
    source 33
    target 14
  ]
  edge
  [
    source 33
    target 15
  ]
  edge
  [
    source 33
    target 18
  ]
  edge
  [
    source 33
    target 19
  ]
  edge
  [
    source 33
    target 20
  ]
  edge
  [
    source 33
    target 22
  ]
  edge
  [
    source 33
    target 23
  ]
  edge
  [
    source 33
    target 26
  ]
  edge
  [
    source 33
    target 27
  ]
  edge
  [
    source 33
    target 28
  ]
  edge
  [
    source 33
    target 29
  ]
  edge
  [
    source 33
    target 30
  ]
  edge
  [
    source 33
    target 31
  ]
  edge
  [
    source 33
    target 32
  ]
]
