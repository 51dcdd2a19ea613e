package graph

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
)

// dqlNode is any node as DQL returns it: the union of the four node types'
// predicates, under the names query.go reads them by.
type dqlNode struct {
	UID string `json:"uid"`
	XID string `json:"xid"`

	Name    string    `json:"name"`
	Kind    string    `json:"kind"`
	Aliases []string  `json:"aliases"`
	Country *dqlNode  `json:"country"`
	Roles   []dqlRole `json:"roles"`

	Type       string     `json:"event_type"`
	Mode       string     `json:"mode"`
	CAMEO      string     `json:"cameo"`
	Label      string     `json:"label"`
	Date       string     `json:"date"`
	Precision  string     `json:"precision"`
	Status     string     `json:"status"`
	Confidence float64    `json:"confidence"`
	Actors     []*dqlNode `json:"actors"`
	Targets    []*dqlNode `json:"targets"`
	Location   *dqlNode   `json:"location"`
	Claims     []*dqlNode `json:"claims"`

	Text     string   `json:"text"`
	Sentence int      `json:"sentence"`
	Start    *int     `json:"start"`
	End      *int     `json:"end"`
	Rule     string   `json:"rule"`
	Article  *dqlNode `json:"article"`
	Event    *dqlNode `json:"event"`

	Title     string `json:"title_text"`
	URL       string `json:"url"`
	Source    string `json:"source"`
	Published string `json:"published_text"`
	Language  string `json:"language"`

	// rest keeps the raw fields, for the connections whose aliases the
	// compiler made up.
	rest map[string]json.RawMessage
}

// dqlRole is a Role node as DQL returns it.
type dqlRole struct {
	Title string `json:"title"`
	Of    string `json:"role_of"`
	Since string `json:"since"`
	Until string `json:"until"`
}

func (n *dqlNode) UnmarshalJSON(b []byte) error {
	type plain dqlNode // without this method, so that Unmarshal does not recurse
	if err := json.Unmarshal(b, (*plain)(n)); err != nil {
		return err
	}
	return json.Unmarshal(b, &n.rest)
}

func (rp *rootPlan) decode(blocks map[string]json.RawMessage) (any, error) {
	var nodes []*dqlNode
	if raw, ok := blocks[rp.block]; ok {
		if err := json.Unmarshal(raw, &nodes); err != nil {
			return nil, err
		}
	}
	if rp.conn == nil {
		if len(nodes) == 0 {
			return nil, nil
		}
		return rp.node.decode(nodes[0])
	}
	total := -1
	if rp.countBlock != "" {
		var counts []struct{ Count int }
		if err := json.Unmarshal(blocks[rp.countBlock], &counts); err != nil {
			return nil, err
		}
		if len(counts) > 0 {
			total = counts[0].Count
		}
	}
	return rp.conn.decode(nodes, total)
}

// decode builds the connection of the kind cp's node plan reads. nodes holds
// up to one more item than the page, which tells whether a next page exists.
func (cp *connPlan) decode(nodes []*dqlNode, total int) (any, error) {
	info := PageInfo{HasNextPage: len(nodes) > cp.first}
	if info.HasNextPage {
		nodes = nodes[:cp.first]
	}
	if len(nodes) > 0 {
		info.EndCursor = encodeCursor(cp.offset + len(nodes) - 1)
	}
	if total < 0 { // not asked for
		total = cp.offset + len(nodes)
	}
	cursor := func(i int) string { return encodeCursor(cp.offset + i) }
	if cp.node.kind == entityNode {
		conn := &EntityConnection{PageInfo: info, TotalCount: total}
		for i, n := range nodes {
			v, err := cp.node.decode(n)
			if err != nil {
				return nil, err
			}
			conn.Edges = append(conn.Edges, &EntityEdge{Cursor: cursor(i), Node: v.(*Entity)})
		}
		return conn, nil
	}
	conn := &EventConnection{PageInfo: info, TotalCount: total}
	for i, n := range nodes {
		v, err := cp.node.decode(n)
		if err != nil {
			return nil, err
		}
		conn.Edges = append(conn.Edges, &EventEdge{Cursor: cursor(i), Node: v.(*Event)})
	}
	return conn, nil
}

// decode turns n into the domain value of p's kind.
func (p *plan) decode(n *dqlNode) (any, error) {
	switch p.kind {
	case entityNode:
		return p.entity(n)
	case eventNode:
		return p.event(n)
	case claimNode:
		return p.claim(n)
	default:
		return p.article(n)
	}
}

func (p *plan) entity(n *dqlNode) (*Entity, error) {
	e := &Entity{ID: n.XID, Name: n.Name, Kind: EntityKind(n.Kind), Aliases: n.Aliases}
	if n.Country != nil {
		e.Country = n.Country.XID
	}
	for _, r := range n.Roles {
		e.Roles = append(e.Roles, Role(r))
	}
	// Undated tenures sort first: earliest first is all a reader can rely on.
	slices.SortFunc(e.Roles, func(a, b Role) int {
		return cmp.Or(cmp.Compare(a.Since, b.Since), cmp.Compare(a.Title, b.Title), cmp.Compare(a.Of, b.Of))
	})
	for _, cp := range p.conns {
		var nodes []*dqlNode
		if raw, ok := n.rest[cp.alias]; ok {
			if err := json.Unmarshal(raw, &nodes); err != nil {
				return nil, fmt.Errorf("entity %s: events: %w", n.XID, err)
			}
		}
		total := -1
		if cp.countAlias != "" {
			total = 0
			if raw, ok := n.rest[cp.countAlias]; ok {
				if err := json.Unmarshal(raw, &total); err != nil {
					return nil, fmt.Errorf("entity %s: events count: %w", n.XID, err)
				}
			}
		}
		conn, err := cp.decode(nodes, total)
		if err != nil {
			return nil, err
		}
		if e.events == nil {
			e.events = map[string]*EventConnection{}
		}
		e.events[cp.key] = conn.(*EventConnection)
	}
	return e, nil
}

func (p *plan) entities(ns []*dqlNode, edge string) ([]*Entity, error) {
	sub := p.edges[edge]
	if sub == nil {
		return nil, nil
	}
	out := make([]*Entity, 0, len(ns))
	for _, n := range ns {
		e, err := sub.entity(n)
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	slices.SortFunc(out, func(a, b *Entity) int { return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID)) })
	return out, nil
}

func (p *plan) event(n *dqlNode) (*Event, error) {
	ev := &Event{
		ID: n.XID, Type: EventType(n.Type), Mode: n.Mode, CAMEO: n.CAMEO, Label: n.Label,
		Date: n.Date, Precision: Precision(n.Precision), Status: Status(n.Status), Confidence: n.Confidence,
	}
	var err error
	if ev.Actors, err = p.entities(n.Actors, "actors"); err != nil {
		return nil, err
	}
	if ev.Targets, err = p.entities(n.Targets, "targets"); err != nil {
		return nil, err
	}
	if sub := p.edges["location"]; sub != nil && n.Location != nil {
		if ev.Location, err = sub.entity(n.Location); err != nil {
			return nil, err
		}
	}
	if sub := p.edges["claims"]; sub != nil {
		for _, c := range n.Claims {
			claim, err := sub.claim(c)
			if err != nil {
				return nil, err
			}
			ev.Claims = append(ev.Claims, claim)
		}
		slices.SortFunc(ev.Claims, func(a, b *Claim) int { return cmp.Compare(a.ID, b.ID) })
	}
	return ev, nil
}

func (p *plan) claim(n *dqlNode) (*Claim, error) {
	c := &Claim{ID: n.XID, Text: n.Text, Status: Status(n.Status), Sentence: n.Sentence, Start: -1, End: -1,
		Rule: n.Rule, Confidence: n.Confidence}
	if n.Start != nil && n.End != nil {
		c.Start, c.End = *n.Start, *n.End
	}
	if sub := p.edges["article"]; sub != nil && n.Article != nil {
		a, err := sub.article(n.Article)
		if err != nil {
			return nil, err
		}
		c.Article = a
	}
	if sub := p.edges["event"]; sub != nil && n.Event != nil {
		ev, err := sub.event(n.Event)
		if err != nil {
			return nil, err
		}
		c.Event = ev
	}
	return c, nil
}

func (p *plan) article(n *dqlNode) (*Article, error) {
	a := &Article{ID: n.XID, Title: n.Title, URL: n.URL, Source: n.Source, Published: n.Published, Language: n.Language}
	if sub := p.edges["claims"]; sub != nil {
		for _, c := range n.Claims {
			claim, err := sub.claim(c)
			if err != nil {
				return nil, err
			}
			a.Claims = append(a.Claims, claim)
		}
		// In the order the article makes them.
		slices.SortFunc(a.Claims, func(x, y *Claim) int { return cmp.Or(cmp.Compare(x.Sentence, y.Sentence), cmp.Compare(x.ID, y.ID)) })
	}
	return a, nil
}
