Creator "igraph version 0.10.2 Mon Dec  7 06:46:03 2026"
Version 1
graph
[
  directed 1
  title "igraph test"
  node
  [
    id 0
    name "alpha"
    kind "a"
    rank 1
    score 0.5
  ]
  node
  [
    id 1
    name "beta"
    kind "b"
    rank 2
    score 1.25
  ]
  node
  [
    id 2
    name "gamma"
    kind "a"
    rank 3
    score -3
  ]
  node
  [
    id 3
    name "delta"
    kind "c"
    rank 4
    score 1e-300
  ]
  edge
  [
    source 0
    target 1
    relation "knows"
    weight 1
  ]
  edge
  [
    source 1
    target 2
    relation "likes"
    weight 2.5
  ]
  edge
  [
    source 2
    target 0
    relation "knows"
    weight 0.1
  ]
  edge
  [
    source 0
    target 1
    relation "likes"
    weight 3
  ]
  edge
  [
    source 3
    target 3
    relation "self"
    weight 1
  ]
]
