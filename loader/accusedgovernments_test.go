package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestAccusedGovernment checks that "the government" accused of something
// is the state the article is about, while a government named by its
// state keeps that state and a government "of" something else is not
// read as the accused state.
func TestAccusedGovernment(t *testing.T) {
	checkEvents(t, "2008-05-01", []eventCase{
		{name: "a gerund charge", body: "Peru held elections on Sunday. The Shining Path accused the government of rigging the vote.",
			want: wantEvent{graph.Accuse, []string{"org/shining-path"}, []string{"PE"}}},
		{name: "a noun charge", body: "Sri Lanka held talks on Monday. The Tamil Tigers accused the government of a lack of seriousness.",
			want: wantEvent{graph.Accuse, []string{"org/liberation-tigers-of-tamil-eelam"}, []string{"LK"}}},
		{name: "the regime", body: "Zimbabwe held elections on Saturday. The MDC accused the regime of intimidating voters.",
			want: wantEvent{graph.Accuse, []string{"org/movement-for-democratic-change"}, []string{"ZW"}}},
		{name: "the Government, capitalised", body: "Britain announced its budget on Monday. The Liberal Democrats accused the Government of misleading voters.",
			want: wantEvent{graph.Accuse, []string{"org/liberal-democrats"}, []string{"GB"}}},
		{name: "a government named by its state", body: "Bolivia held talks on Monday. Chile accused the government of Peru of arming rebels.",
			want: wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, exact: true},
	})
	checkNoEvents(t, "2008-05-01", []graph.EventType{graph.Accuse},
		"Cuba held talks on Monday. Spain welcomed the government of national unity.")
}
