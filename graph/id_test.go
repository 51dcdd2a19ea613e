package graph

import "testing"

func TestReportedScope(t *testing.T) {
	cases := []struct {
		name string
		a    Article
		want string
	}{
		{"date", Article{ID: "a", Published: "2006-07-14"}, "2006-07"},
		{"date-time", Article{ID: "a", Published: "2006-07-31T23:59:00Z"}, "2006-07"},
		{"no publication date", Article{ID: "a"}, "article a"},
		{"not a date", Article{ID: "b", Published: "July 2006"}, "article b"},
		{"month out of range", Article{ID: "c", Published: "2006-13-01"}, "article c"},
	}
	for _, tc := range cases {
		if got := ReportedScope(tc.a); got != tc.want {
			t.Errorf("%s: ReportedScope(%+v) = %q, want %q", tc.name, tc.a, got, tc.want)
		}
	}
}

func TestEventIDScopesUndatedEvents(t *testing.T) {
	israel, lebanon := []string{"IL"}, []string{"LB"}
	id := func(date string, a Article) string {
		return EventID(Assault, israel, lebanon, date, ReportedScope(a))
	}
	july14 := Article{ID: "a1", Published: "2006-07-14"}
	july20 := Article{ID: "a2", Published: "2006-07-20"}
	august := Article{ID: "a3", Published: "2006-08-02"}
	undated1 := Article{ID: "a4"}
	undated2 := Article{ID: "a5"}
	cases := []struct {
		name string
		a, b string
		same bool
	}{
		{"undated, published the same month", id("", july14), id("", july20), true},
		{"undated, published in other months", id("", july14), id("", august), false},
		{"undated, no publication dates", id("", undated1), id("", undated2), false},
		{"undated, one article", id("", undated1), id("", undated1), true},
		{"dated: the article does not matter", id("2006-07-12", july14), id("2006-07-12", august), true},
		{"dated and undated", id("2006-07", july14), id("", july14), false},
		{"actors in any order", EventID(Assault, []string{"IL", "US"}, lebanon, "", "2006-07"), EventID(Assault, []string{"US", "IL"}, lebanon, "", "2006-07"), true},
	}
	for _, tc := range cases {
		if (tc.a == tc.b) != tc.same {
			t.Errorf("%s: IDs %s and %s, want same=%v", tc.name, tc.a, tc.b, tc.same)
		}
	}
}
