#ifndef KGRAPH_CGRAPHVIZ_SHIM_H
#define KGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/types.h>

// Swift 6 rejects mutable C globals such as Agdirected as not concurrency-safe;
// hand out copies through functions instead.
static inline Agdesc_t kgraph_directed(void) { return Agdirected; }
static inline Agdesc_t kgraph_strictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t kgraph_undirected(void) { return Agundirected; }

// Layout results live behind macros, which Swift does not import.
static inline double kgraph_node_x(Agnode_t *n) { return ND_coord(n).x; }
static inline double kgraph_node_y(Agnode_t *n) { return ND_coord(n).y; }

// What the SVG writer reads back after gvLayout (all in points, y growing upwards).
static inline double kgraph_node_width(Agnode_t *n) { return ND_width(n); }   // inches
static inline double kgraph_node_height(Agnode_t *n) { return ND_height(n); } // inches
static inline const char *kgraph_node_shape(Agnode_t *n) { return ND_shape(n) ? ND_shape(n)->name : 0; }
// The polygon of polygon-based shapes (box, hexagon, ...), or NULL (ellipse-like shapes have one too).
static inline polygon_t *kgraph_node_polygon(Agnode_t *n) {
    return ND_shape(n) && ND_shape(n)->polygon ? (polygon_t *)ND_shape_info(n) : 0;
}
static inline textlabel_t *kgraph_node_label(Agnode_t *n) { return ND_label(n); }
static inline textlabel_t *kgraph_node_xlabel(Agnode_t *n) { return ND_xlabel(n); }
static inline splines *kgraph_edge_splines(Agedge_t *e) { return ED_spl(e); }
static inline textlabel_t *kgraph_edge_label(Agedge_t *e) { return ED_label(e); }
static inline textlabel_t *kgraph_edge_xlabel(Agedge_t *e) { return ED_xlabel(e); }
static inline textlabel_t *kgraph_edge_head_label(Agedge_t *e) { return ED_head_label(e); }
static inline textlabel_t *kgraph_edge_tail_label(Agedge_t *e) { return ED_tail_label(e); }
static inline boxf kgraph_graph_bb(Agraph_t *g) { return GD_bb(g); }
static inline int kgraph_label_span_count(textlabel_t *l) { return l->html ? -1 : l->u.txt.nspans; }
static inline textspan_t *kgraph_label_span(textlabel_t *l, int i) { return &l->u.txt.span[i]; }
#endif
