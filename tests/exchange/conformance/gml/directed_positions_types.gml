Creator "yFiles"
graph [
  directed 1
  label "Smart lighting"
  node [ id 1 label "Municipality" type "government" graphics [ x 100.0 y 50.0 w 30.0 h 30.0 type "rectangle" fill "#FF0000" ] LabelGraphics [ text "Municipality" ] ]
  node [ id 2 label "Vendor" type "company" graphics [ x -20 y 80 ] ]
  edge [ source 1 target 2 kind "contract" trust 4 commitment 0.75 graphics [ fill "#000000" targetArrow "standard" ] ]
]
