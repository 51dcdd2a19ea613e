package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"github.com/geokg/geokg/graph"
)

// batch is one operation's read: the first root resolver that asks for it
// compiles every root field of the operation into one graph.Query, and the
// other root resolvers, which gqlgen runs concurrently, wait for that result.
type batch struct {
	once sync.Once
	res  *graph.Result
	err  error
}

type batchKey struct{}

// withBatch gives each operation its own batch.
func withBatch(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	return next(context.WithValue(ctx, batchKey{}, &batch{}))
}

// result returns the operation's graph.Result, querying the store on first use.
func (r *Resolver) result(ctx context.Context) (*graph.Result, error) {
	b, ok := ctx.Value(batchKey{}).(*batch)
	if !ok { // a caller that executes without our handler: one query per root field
		b = &batch{}
	}
	b.once.Do(func() {
		roots, err := operationFields(ctx)
		if err != nil {
			b.err = err
			return
		}
		b.res, b.err = r.Store.Query(ctx, roots)
	})
	return b.res, b.err
}

// fieldKey is the response key of the field being resolved.
func fieldKey(ctx context.Context) string {
	return graphql.GetFieldContext(ctx).Field.Alias
}

// operationFields turns the operation's root selection into graph.Fields.
func operationFields(ctx context.Context) ([]graph.Field, error) {
	op := graphql.GetOperationContext(ctx)
	var roots []graph.Field
	for _, f := range graphql.CollectFields(op, op.Operation.SelectionSet, []string{"Query"}) {
		if strings.HasPrefix(f.Name, "__") { // introspection is gqlgen's own business
			continue
		}
		gf, err := toField(op, f)
		if err != nil {
			return nil, err
		}
		roots = append(roots, gf)
	}
	return roots, nil
}

func toField(op *graphql.OperationContext, f graphql.CollectedField) (graph.Field, error) {
	out := graph.Field{Name: f.Name, Key: f.Alias}
	if len(f.Arguments) > 0 {
		filterType := ""
		if def := f.Definition.Arguments.ForName("filter"); def != nil {
			filterType = def.Type.Name()
		}
		args, err := toArgs(f.ArgumentMap(op.Variables), filterType)
		if err != nil {
			return out, fmt.Errorf("%s: %w", f.Alias, err)
		}
		out.Args = args
	}
	if len(f.Selections) == 0 {
		return out, nil
	}
	typ := f.Definition.Type.Name()
	for _, sub := range graphql.CollectFields(op, f.Selections, []string{typ}) {
		if strings.HasPrefix(sub.Name, "__") {
			continue
		}
		sf, err := toField(op, sub)
		if err != nil {
			return out, err
		}
		out.Fields = append(out.Fields, sf)
	}
	return out, nil
}

// toArgs reads the arguments gqlgen has already validated against the
// schema, so that only their Go types need care: variables arrive as
// json.Number, literals as int64. filterType names the schema type of the
// filter argument, if the field has one.
func toArgs(m map[string]any, filterType string) (graph.Args, error) {
	var a graph.Args
	str := func(v any) string { s, _ := v.(string); return s }
	a.ID, a.Name, a.After = str(m["id"]), str(m["name"]), str(m["after"])
	if v, ok := m["first"]; ok && v != nil {
		n, err := toInt(v)
		if err != nil {
			return a, fmt.Errorf("first: %w", err)
		}
		a.First = &n
	}
	if f, ok := m["filter"].(map[string]any); ok {
		if filterType == "EntityFilter" {
			a.Entities = &graph.EntityFilter{Kind: graph.EntityKind(str(f["kind"])), Name: str(f["name"])}
		} else {
			a.Events = &graph.EventFilter{
				Type: graph.EventType(str(f["type"])), Mode: str(f["mode"]),
				Status: graph.Status(strings.ToLower(str(f["status"]))),
				Actor:  str(f["actor"]), Target: str(f["target"]), Participant: str(f["participant"]),
				From: str(f["from"]), To: str(f["to"]),
			}
			if v, ok := f["minConfidence"]; ok && v != nil {
				c, err := graphql.UnmarshalFloat(v) // a literal, an Int literal, or a variable's json.Number
				if err != nil {
					return a, fmt.Errorf("minConfidence: %w", err)
				}
				a.Events.MinConfidence = &c
			}
		}
	}
	return a, nil
}

func toInt(v any) (int, error) {
	switch n := v.(type) {
	case int:
		return n, nil
	case int64:
		return int(n), nil
	case json.Number:
		i, err := n.Int64()
		return int(i), err
	case float64:
		return int(n), nil
	}
	return 0, fmt.Errorf("not an integer: %v", v)
}
