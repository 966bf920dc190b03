graph [
  directed 1
  node [ id 1 label "City" ]
  node [ id 2 label "Utility" ]
  edge [ source 1 target 2 kind "funding" trust 5 ]
  edge [ source 1 target 2 kind "funding" trust 2 ]
  edge [ source 2 target 1 kind "data" ]
]
