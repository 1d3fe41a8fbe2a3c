Creator "hand-written: the last edge names node 7, which is not declared"
graph [
  directed 1
  node [ id 1 label "alice" ]
  node [ id 2 label "bob" ]
  node [ id 3 label "carol" ]
  edge [ source 1 target 2 ]
  edge [ source 2 target 3 ]
  edge [ source 1 target 7 ]
]
