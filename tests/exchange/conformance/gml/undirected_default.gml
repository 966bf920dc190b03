graph [
  comment "igraph writes no directed flag for an undirected graph"
  node [ id 0 label "City" ]
  node [ id 1 label "Lab" ]
  node [ id 2 label "NGO" ]
  edge [ source 0 target 1 ]
  edge [ source 1 target 2 weight 2.5 ]
]
