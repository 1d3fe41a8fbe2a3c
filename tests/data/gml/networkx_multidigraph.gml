graph [
  directed 1
  multigraph 1
  title "multi &#38; <test>"
  year 2024
  node [
    id 0
    label "New York"
    type "location"
    population 8336817
    area 783.8
    capital 0
    tags "city"
    tags "port"
    pos 1.5
    pos -2.0
  ]
  node [
    id 1
    label "Salt Typhoon"
    type "intrusion-set"
    capital 1
    tags "_networkx_list_start"
    tags "apt"
  ]
  node [
    id 2
    label "&#220;n&#239;code &#9731;"
    score 1.5
    info [
      a 1
      b "x"
    ]
  ]
  node [
    id 3
    label "plain"
    score 2
  ]
  edge [
    source 0
    target 0
    key 0
    relation "self"
    weight NAN
  ]
  edge [
    source 1
    target 0
    key 0
    relation "targets"
    weight 2.5
    confidence "reported"
  ]
  edge [
    source 1
    target 0
    key 1
    relation "located-at"
    weight 1.0
  ]
  edge [
    source 1
    target 0
    key 2
    relation "targets"
    weight +INF
  ]
  edge [
    source 3
    target 2
    key 0
    relation "related-to"
    flag 1
  ]
]
