graph [
  node [ id 1 label "A" ]
  edge [ source 1 target 7 ]
]
