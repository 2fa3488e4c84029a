"""A small interpreter of the Cypher subset `kgraph export --format cypher` writes.

No Neo4j server is available where kgraph is tested, so the Cypher script is checked by
running it here: CREATE CONSTRAINT ... IF NOT EXISTS, MERGE of a node by label and id with
ON CREATE SET and SET (properties and labels), MATCH of nodes by label and id, MERGE of a
relationship (directed `-[r:T]->` or undirected `-[r:T]-`), and the expressions the script
uses: literals (strings, numbers, lists, date("...")), property access, coalesce, reduce,
CASE WHEN ... THEN ... ELSE ... END, IN, >, + on lists. Null propagates as in Cypher.
Anything else is a parse error, so the checker fails if the writer starts emitting more.
"""
import re

TOKEN = re.compile(r'''
    (?P<ws>\s+|//[^\n]*)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<number>-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<punct>->|<-|[-()\[\]{}:,.;=|>+])
''', re.VERBOSE)

ESCAPES = {'"': '"', '\\': '\\', 'n': '\n', 'r': '\r', 't': '\t', "'": "'"}


def tokenize(text):
    out, i = [], 0
    while i < len(text):
        m = TOKEN.match(text, i)
        if not m:
            raise SyntaxError(f"unexpected character {text[i]!r} at offset {i}")
        i = m.end()
        kind = m.lastgroup
        if kind == 'ws':
            continue
        value = m.group(kind)
        if kind == 'string':
            body, s, j = value[1:-1], [], 0
            while j < len(body):
                if body[j] == '\\':
                    if body[j + 1] not in ESCAPES:
                        raise SyntaxError(f"unknown escape \\{body[j + 1]}")
                    s.append(ESCAPES[body[j + 1]])
                    j += 2
                else:
                    s.append(body[j])
                    j += 1
            value = ''.join(s)
        elif kind == 'number':
            value = float(value) if any(c in value for c in '.eE') else int(value)
        out.append((kind, value))
    return out


class Graph:
    """Nodes keyed by (label, id) of their merge key; relationships as a list."""

    def __init__(self):
        self.nodes = {}        # node key -> {"labels": set, "props": dict}
        self.rels = []         # {"type", "start", "end", "props"}
        self.constraints = set()

    def snapshot(self):
        nodes = sorted((k, tuple(sorted(n['labels'])), tuple(sorted((p, freeze(v)) for p, v in n['props'].items())))
                       for k, n in self.nodes.items())
        rels = sorted((r['type'], r['start'], r['end'], tuple(sorted((p, freeze(v)) for p, v in r['props'].items())))
                      for r in self.rels)
        return nodes, rels, tuple(sorted(self.constraints))


def freeze(v):
    return tuple(v) if isinstance(v, list) else v


class Statement:
    def __init__(self, tokens, graph):
        self.t, self.i, self.g = tokens, 0, graph
        self.vars = {}      # variable -> ("node", key) or ("rel", index)

    # -- token helpers
    def peek(self, k=0):
        return self.t[self.i + k] if self.i + k < len(self.t) else (None, None)

    def take(self, kind=None, value=None):
        tok = self.peek()
        if tok[0] is None or (kind and tok[0] != kind) or (value is not None and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, found {tok[1]!r}")
        self.i += 1
        return tok[1]

    def keyword(self, *words):
        for k, w in enumerate(words):
            tok = self.peek(k)
            if tok[0] != 'ident' or tok[1].upper() != w:
                return False
        self.i += len(words)
        return True

    def expect(self, *words):
        if not self.keyword(*words):
            raise SyntaxError(f"expected {' '.join(words)}, found {self.peek()[1]!r}")

    # -- clauses
    def run(self):
        if self.keyword('CREATE', 'CONSTRAINT'):
            name = self.take('ident')
            self.expect('IF', 'NOT', 'EXISTS', 'FOR')
            self.take('punct', '('); var = self.take('ident'); self.take('punct', ':'); label = self.take('ident'); self.take('punct', ')')
            self.expect('REQUIRE')
            if self.take('ident') != var: raise SyntaxError("constraint on another variable")
            self.take('punct', '.'); prop = self.take('ident')
            self.expect('IS', 'UNIQUE')
            self.g.constraints.add((name, label, prop))
        else:
            while self.peek()[0] is not None:
                if self.keyword('MATCH'):
                    self.match()
                elif self.keyword('MERGE'):
                    self.merge()
                elif self.keyword('ON', 'CREATE', 'SET'):
                    self.set_items(apply=self.created)
                elif self.keyword('SET'):
                    self.set_items(apply=True)
                else:
                    raise SyntaxError(f"unexpected {self.peek()[1]!r}")
        if self.peek()[0] is not None:
            raise SyntaxError(f"trailing {self.peek()[1]!r}")

    def node_pattern(self):
        """(var:Label {id: "..."}) -> (var, key)."""
        self.take('punct', '(')
        var = self.take('ident')
        if self.peek() == ('punct', ')'):
            self.take('punct', ')')
            return var, None
        self.take('punct', ':'); label = self.take('ident')
        self.take('punct', '{'); prop = self.take('ident'); self.take('punct', ':')
        value = self.expr()
        self.take('punct', '}'); self.take('punct', ')')
        if prop != 'id': raise SyntaxError("nodes are matched and merged on id only")
        return var, (label, value)

    def match(self):
        while True:
            var, key = self.node_pattern()
            if key not in self.g.nodes:
                raise LookupError(f"MATCH found no node {key}")
            self.vars[var] = ('node', key)
            if self.peek() != ('punct', ','):
                return
            self.take('punct', ',')

    def merge(self):
        var, key = self.node_pattern()
        if self.peek() != ('punct', '-'):
            self.created = key not in self.g.nodes
            if self.created:
                self.g.nodes[key] = {'labels': {key[0]}, 'props': {'id': key[1]}}
            self.vars[var] = ('node', key)
            return
        if key is not None or var not in self.vars: raise SyntaxError("a relationship joins bound nodes")
        self.take('punct', '-'); self.take('punct', '[')
        rvar = self.take('ident'); self.take('punct', ':'); rtype = self.take('ident')
        self.take('punct', ']')
        directed = self.peek() == ('punct', '->')
        self.take('punct', '->' if directed else '-')
        end_var, end_key = self.node_pattern()
        if end_key is not None or end_var not in self.vars: raise SyntaxError("a relationship joins bound nodes")
        a, b = self.vars[var][1], self.vars[end_var][1]
        found = None
        for n, r in enumerate(self.g.rels):
            if r['type'] == rtype and ((r['start'], r['end']) == (a, b) or (not directed and (r['start'], r['end']) == (b, a))):
                found = n
                break
        self.created = found is None
        if found is None:
            self.g.rels.append({'type': rtype, 'start': a, 'end': b, 'props': {}})
            found = len(self.g.rels) - 1
        self.vars[rvar] = ('rel', found)

    def entity(self, var):
        kind, ref = self.vars[var]
        return self.g.nodes[ref] if kind == 'node' else self.g.rels[ref]

    def set_items(self, apply):
        while True:
            var = self.take('ident')
            if self.peek() == ('punct', ':'):
                self.take('punct', ':'); label = self.take('ident')
                if apply: self.entity(var)['labels'].add(label)
            else:
                self.take('punct', '.'); prop = self.take('ident'); self.take('punct', '=')
                value = self.expr()
                if apply:
                    props = self.entity(var)['props']
                    if value is None: props.pop(prop, None)
                    else: props[prop] = value
            if self.peek() != ('punct', ','):
                return
            self.take('punct', ',')

    # -- expressions
    def expr(self, env=None):
        left = self.atom(env or {})
        while True:
            if self.peek() == ('punct', '+'):
                self.take('punct', '+'); right = self.atom(env or {})
                if left is None or right is None: left = None
                elif isinstance(left, list): left = left + (right if isinstance(right, list) else [right])
                else: left = left + right
            elif self.peek() == ('punct', '>'):
                self.take('punct', '>'); right = self.atom(env or {})
                left = None if left is None or right is None else left > right
            elif self.keyword('IN'):
                right = self.atom(env or {})
                left = None if right is None else left in right
            else:
                return left

    def atom(self, env):
        kind, value = self.peek()
        if kind in ('string', 'number'):
            self.i += 1
            return value
        if (kind, value) == ('punct', '['):
            self.take('punct', '[')
            items = []
            while self.peek() != ('punct', ']'):
                items.append(self.expr(env))
                if self.peek() == ('punct', ','): self.take('punct', ',')
            self.take('punct', ']')
            return items
        if kind != 'ident':
            raise SyntaxError(f"unexpected {value!r} in an expression")
        if self.keyword('CASE'):
            self.expect('WHEN'); cond = self.expr(env)
            self.expect('THEN'); yes = self.expr(env)
            self.expect('ELSE'); no = self.expr(env)
            self.expect('END')
            return yes if cond is True else no
        name = self.take('ident')
        if self.peek() == ('punct', '('):
            self.take('punct', '(')
            if name == 'date':
                arg = self.expr(env); self.take('punct', ')')
                if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', arg): raise ValueError(f"bad date {arg!r}")
                return ('date', arg)
            if name == 'coalesce':
                args = [self.expr(env)]
                while self.peek() == ('punct', ','):
                    self.take('punct', ','); args.append(self.expr(env))
                self.take('punct', ')')
                return next((a for a in args if a is not None), None)
            if name == 'reduce':
                acc = self.take('ident'); self.take('punct', '='); init = self.expr(env); self.take('punct', ',')
                x = self.take('ident'); self.expect('IN'); items = self.expr(env); self.take('punct', '|')
                start = self.i
                value = init
                for item in items:
                    self.i = start
                    value = self.expr({**env, acc: value, x: item})
                if not items:   # still parse the body once to move past it
                    self.expr({**env, acc: value, x: None})
                self.take('punct', ')')
                return value
            raise SyntaxError(f"unknown function {name}")
        if self.peek() == ('punct', '.'):
            self.take('punct', '.'); prop = self.take('ident')
            return self.entity(name)['props'].get(prop)
        if name in env:
            return env[name]
        raise SyntaxError(f"unknown name {name}")


def statements(script):
    """Splits a script into statements at semicolons outside strings."""
    tokens = tokenize(script)
    current = []
    for tok in tokens:
        if tok == ('punct', ';'):
            if current: yield current
            current = []
        else:
            current.append(tok)
    if current:
        raise SyntaxError("the script does not end with ';'")


def run(script, graph=None):
    graph = graph or Graph()
    for n, tokens in enumerate(statements(script), 1):
        try:
            Statement(tokens, graph).run()
        except Exception as e:
            raise type(e)(f"statement {n}: {e}") from e
    return graph
