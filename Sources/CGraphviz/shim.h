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
#endif
