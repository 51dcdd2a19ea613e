package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNamesakes checks sentences, made up for the test, in which a
// surname the gazetteer gives its best-known bearer anywhere names,
// before that bearer held office, the namesake who held office that day.
func TestNamesakes(t *testing.T) {
	stoltenberg := graph.EntityID(graph.Person, "Gerhard Stoltenberg")
	hwBush := graph.EntityID(graph.Person, "George H. W. Bush")
	checkEvents(t, "1987-04-10", []eventCase{
		{name: "surname alone, the minister of the day", body: "Stoltenberg urged Japan to cut its interest rates.",
			want: wantEvent{typ: graph.Request, actors: []string{stoltenberg}, targets: []string{"JP"}}, status: graph.Reported},
		{name: "surname after the full name", body: "West German Finance Minister Gerhard Stoltenberg met Baker on Monday. Later Stoltenberg urged Japan to cut its interest rates.",
			want: wantEvent{typ: graph.Request, actors: []string{stoltenberg}, targets: []string{"JP"}}, status: graph.Reported},
		{name: "alias of the later bearer", body: "Vice President George Bush will visit Japan next month.",
			want: wantEvent{typ: graph.Consult, actors: []string{hwBush}, targets: []string{"JP"}}, status: graph.Planned},
	})
	// In office or after it, the best-known bearer keeps his surname.
	checkEvents(t, "2016-04-10", []eventCase{
		{name: "bearer in office", body: "Stoltenberg urged Russia to withdraw its troops.",
			want: wantEvent{typ: graph.Request, actors: []string{graph.EntityID(graph.Person, "Jens Stoltenberg")}, targets: []string{"RU"}}, status: graph.Reported},
		{name: "bearer after his offices", body: "Bush urged Japan to open its markets.",
			want: wantEvent{typ: graph.Request, actors: []string{graph.EntityID(graph.Person, "George W. Bush")}, targets: []string{"JP"}}, status: graph.Reported},
	})
}
