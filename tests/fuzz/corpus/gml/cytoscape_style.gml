Creator "hand-written in the layout of Cytoscape's GML export"
Version 1.0
graph	[
	directed	1
	node	[
		root_index	-3
		id	-3
		graphics	[
			x	-48.0
			y	12.5
			w	35.0
			h	35.0
			fill	"#ff9999"
			type	"ellipse"
			outline	"#666666"
			outline_width	1.0
		]
		label	"YKR026C"
	]
	node	[
		root_index	-2
		id	-2
		graphics	[
			x	103.25
			y	-7.0
			w	35.0
			h	35.0
			fill	"#ff9999"
			type	"ellipse"
		]
		label	"YGL122C"
	]
	node	[
		root_index	-1
		id	-1
		label	"YOL123W"
	]
	edge	[
		root_index	-2
		target	-2
		source	-3
		label	"pp"
		graphics	[
			width	1.5
			fill	"#0000ff"
			type	"line"
			Line	[
				point	[ x -48.0 y 12.5 ]
				point	[ x 103.25 y -7.0 ]
			]
		]
		LabelGraphics	[ text "pp" ]
	]
	edge	[
		root_index	-1
		target	-1
		source	-3
		label	"pd"
	]
]
