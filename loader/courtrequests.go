package loader

import (
	"strings"

	"github.com/geokg/geokg/graph"
)

// This file reads requests made to a court: a party that asks, urges or
// petitions a court to act ("asked the court to enjoin the enforcement of
// the plan", "urged the Supreme Court to reject the appeal", "petitioned
// the court for a rehearing") files a motion in a case, and a higher court
// that orders a lower one to hear a case directs its own procedure.
// Neither asks anything of another party, as a request between parties
// does. A court of states ("the International Court of Justice", "the
// European Court of Human Rights") is a party of its own, and requests to
// it stay.

// dropCourtRequests removes, from the candidates the sentence toks added
// from index from on, the requests made to courts only.
func (a *article) dropCourtRequests(from int) {
	a.dropFound(from, requestToCourt)
}

// requestToCourt reports a request all of whose targets are national
// courts.
func requestToCourt(c *candidate) bool {
	if c.typ != graph.Request || len(c.targets) == 0 {
		return false
	}
	for _, e := range c.targets {
		if !nationalCourt(e) {
			return false
		}
	}
	return true
}

// courtHeads end a court's name ("Delaware Chancery Court", "Texas
// Courts") or head it before "of" ("U.S. Court of Appeals").
var courtHeads = map[string]bool{"court": true, "courts": true, "tribunal": true}

// internationalCourtWords mark a court that states, not a state's
// citizens, come before: "International Court of Justice", "European
// Court of Human Rights".
var internationalCourtWords = []string{"international", "european", "human rights", "world", "arbitration"}

// nationalCourt reports an organisation named as a state's court: its last
// word is a court's ("Ontario Supreme Court"), or a court's word comes
// before "of" ("Court of Appeals"), never a body that only names courts
// ("Islamic Courts Union"), and no court of states.
func nationalCourt(e *graph.Entity) bool {
	if e.Kind != graph.Organization {
		return false
	}
	words := strings.Fields(strings.ToLower(e.Name))
	if len(words) < 2 {
		return false
	}
	court := courtHeads[words[len(words)-1]]
	for k := 0; k+1 < len(words) && !court; k++ {
		court = courtHeads[words[k]] && words[k+1] == "of"
	}
	if !court {
		return false
	}
	name := strings.ToLower(e.Name)
	for _, w := range internationalCourtWords {
		if strings.Contains(name, w) {
			return false
		}
	}
	return true
}
