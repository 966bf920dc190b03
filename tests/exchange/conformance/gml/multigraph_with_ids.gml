graph [
  directed 0
  multigraph 1
  node [ id 10 label "A" ]
  node [ id 20 label "B" ]
  edge [ id 100 source 10 target 20 key 0 relation "information" ]
  edge [ id 101 source 10 target 20 key 1 relation "agreement" ]
]
