Creator "hand-written in the layout of Mark Newman's network datasets (lesmis.gml, football.gml)"
graph
[
  node
  [
    id 0
    label "Myriel"
    value 1
  ]
  node
  [
    id 1
    label "Napoleon"
    value 1
  ]
  node
  [
    id 2
    label "Mlle.Baptistine"
    value 2
  ]
  node
  [
    id 3
    label "Cosette"
    value 5
  ]
  edge
  [
    source 1
    target 0
    value 1
  ]
  edge
  [
    source 2
    target 0
    value 8
  ]
  edge
  [
    source 3
    target 2
    value 1
  ]
]
