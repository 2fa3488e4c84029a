#ifndef KGRAPH_CGRAPHVIZ_SHIM_H
#define KGRAPH_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <graphviz/types.h>
#include <stdlib.h>
#include <string.h>

// Swift 6 rejects mutable C globals such as Agdirected as not concurrency-safe;
// hand out copies through functions instead.
static inline Agdesc_t kgraph_directed(void) { return Agdirected; }
static inline Agdesc_t kgraph_strictdirected(void) { return Agstrictdirected; }
static inline Agdesc_t kgraph_undirected(void) { return Agundirected; }

// Graphviz's XML escaping of names in SVG titles and comments (exported by libgvc, not
// declared in its public headers); returns a static buffer.
extern char *xml_string(char *s);

// Layout results live behind macros, which Swift does not import.
//
// The functions below read Graphviz's internal structs (the ND_/ED_/GD_ record fields,
// ND_shape_info as a polygon_t, textlabel_t's u.txt spans), which are not a stable API. They
// are checked against Graphviz 2.42.2 (Debian 12's libgraphviz-dev 2.42.2-7, which calls itself
// 2.43.0 in libgvc.pc); check them again before building against another version.
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
static inline textlabel_t *kgraph_edge_head_label(Agedge_t *e) { return ED_head_label(e); }
static inline textlabel_t *kgraph_edge_tail_label(Agedge_t *e) { return ED_tail_label(e); }
static inline boxf kgraph_graph_bb(Agraph_t *g) { return GD_bb(g); }
// PNG and PDF: edge xlabels are moved to where the SVG writer puts them, and the drawing's
// box grown to take them in, between gvLayout and gvRender.
static inline textlabel_t *kgraph_edge_xlabel(Agedge_t *e) { return ED_xlabel(e); }
static inline void kgraph_set_graph_bb(Agraph_t *g, boxf bb) { GD_bb(g) = bb; }
static inline int kgraph_label_span_count(textlabel_t *l) { return l->html ? -1 : l->u.txt.nspans; }
static inline textspan_t *kgraph_label_span(textlabel_t *l, int i) { return &l->u.txt.span[i]; }

// A bump-allocating memory discipline for cgraph: a graph's objects, attribute values and
// dictionaries are carved out of large zeroed blocks, freeing one is a no-op, and closing the
// graph releases the blocks at once. Graphs are built and dropped whole, so per-object malloc
// and free were pure cost. Memory Graphviz's layout allocates itself still uses malloc.
typedef struct kgraph_arena_block {
    struct kgraph_arena_block *next;
    size_t size, used;
} kgraph_arena_block;

static inline void *kgraph_arena_open(Agdisc_t *disc) {
    (void)disc;
    return calloc(1, sizeof(kgraph_arena_block *));
}

static inline void *kgraph_arena_alloc(void *heap, size_t req) {
    kgraph_arena_block **head = (kgraph_arena_block **)heap;
    size_t size = (req + 15) & ~(size_t)15;
    kgraph_arena_block *b = *head;
    if (!b || b->used + size > b->size) {
        size_t capacity = size > 49152 ? size : 49152;
        b = (kgraph_arena_block *)calloc(1, sizeof(kgraph_arena_block) + 16 + capacity);
        if (!b) return 0;
        b->next = *head;
        b->size = capacity;
        *head = b;
    }
    // Blocks are zeroed and nothing is reused, so every allocation is zeroed, as cgraph needs.
    char *p = (char *)(b + 1) + 16 - (sizeof(kgraph_arena_block) % 16) + b->used;
    b->used += size;
    return p;
}

static inline void *kgraph_arena_resize(void *heap, void *ptr, size_t old, size_t req) {
    void *p = kgraph_arena_alloc(heap, req);
    if (p && ptr && old) memcpy(p, ptr, old < req ? old : req);
    return p;
}

static inline void kgraph_arena_free(void *heap, void *ptr) { (void)heap; (void)ptr; }

static inline void kgraph_arena_close(void *heap) {
    kgraph_arena_block *b = *(kgraph_arena_block **)heap;
    while (b) {
        kgraph_arena_block *next = b->next;
        free(b);
        b = next;
    }
    free(heap);
}

// agopen with the arena discipline (ids and I/O as cgraph's defaults).
static inline Agraph_t *kgraph_open_arena_graph(char *name, Agdesc_t desc) {
    static Agmemdisc_t mem = {kgraph_arena_open, kgraph_arena_alloc, kgraph_arena_resize, kgraph_arena_free,
                              kgraph_arena_close};
    static Agdisc_t disc;
    disc.mem = &mem;
    disc.id = &AgIdDisc;
    disc.io = &AgIoDisc;
    return agopen(name, desc, &disc);
}
#endif
