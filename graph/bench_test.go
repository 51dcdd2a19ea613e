package graph

import (
	"context"
	"fmt"
	"testing"
)

// benchArticle is article i of a synthetic feed: one visit between two of a
// pool of 50 people, so that entities repeat across articles as in news.
func benchArticle(i int) *Extraction {
	a := &Entity{ID: fmt.Sprintf("person/p%d", i%50), Name: fmt.Sprintf("Person %d", i%50), Kind: Person}
	b := &Entity{ID: fmt.Sprintf("person/p%d", (i+7)%50), Name: fmt.Sprintf("Person %d", (i+7)%50), Kind: Person}
	articleID := fmt.Sprintf("bench-%d", i)
	date := fmt.Sprintf("2023-%02d-%02d", 1+i%12, 1+i%28)
	id := EventID(Consult, []string{a.ID}, []string{b.ID}, date, "")
	return &Extraction{
		Article:  Article{ID: articleID, Title: "t", Published: "2023-12-31"},
		Entities: []*Entity{a, b},
		Events: []*Event{{ID: id, Type: Consult, Mode: "meet", Actors: []*Entity{a}, Targets: []*Entity{b},
			Date: date, Precision: Day, Status: Reported,
			Claims: []*Claim{{ID: ClaimID(articleID, 0, id), Text: "A met B.", Status: Reported, Start: 0, End: 8}}}},
	}
}

// BenchmarkWrite measures one-transaction article writes into the embedded
// store: go test -run '^$' -bench Write ./graph/
func BenchmarkWrite(b *testing.B) {
	s, err := Open(context.Background(), b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		if err := s.Write(ctx, benchArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkQueryEntityEvents measures the API's commonest read, an entity
// with a page of its events, their participants and claims, on 2,000
// articles, from 32 concurrent callers: go test -run '^$' -bench QueryEntityEvents ./graph/
func BenchmarkQueryEntityEvents(b *testing.B) {
	s, err := Open(context.Background(), b.TempDir())
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	for i := range 2000 {
		if err := s.Write(ctx, benchArticle(i)); err != nil {
			b.Fatal(err)
		}
	}
	first := 20
	entity := Field{Name: "entity", Key: "e", Args: Args{Name: "person 7"}, Fields: []Field{{
		Name: "events", Key: "events", Args: Args{First: &first}, Fields: []Field{
			{Name: "totalCount", Key: "totalCount"},
			{Name: "edges", Key: "edges", Fields: []Field{{Name: "node", Key: "node", Fields: []Field{
				{Name: "actors", Key: "actors"}, {Name: "targets", Key: "targets"},
				{Name: "claims", Key: "claims", Fields: []Field{{Name: "article", Key: "article"}}},
			}}}},
		}}}}
	// 32 clients at once, as a served API sees them.
	b.SetParallelism(16)
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			res, err := s.Query(ctx, []Field{entity})
			if err != nil {
				b.Error(err)
				return
			}
			if c, _ := res.Entity("e").Events("events"); len(c.Edges) != first {
				b.Errorf("%d events, want %d", len(c.Edges), first)
				return
			}
		}
	})
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
}
