graph
[
  node
  [
    id 1
    label "Paris"
    graphics
    [
      x -35.91
      y 69.2
      z 0.0
      w 10.0
      h 10.0
      d 10.0
      fill "#c0c0c0"
    ]
    population 2161000
  ]
  node
  [
    id 2
    label "Lyon"
    graphics
    [
      x 12.5
      y -4.0
      z 0.0
      w 10.0
      h 10.0
      d 10.0
      fill "#c0c0c0"
    ]
    population 513275
  ]
  node
  [
    id 3
    label "Paris"
    population 11
  ]
  edge
  [
    id 5
    source 1
    target 2
    value 1.0
  ]
  edge
  [
    id 6
    source 3
    target 1
    value 2.0
  ]
]
