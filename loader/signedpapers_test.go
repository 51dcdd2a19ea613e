package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestJointlySignedPapers checks that a paper two named parties sign
// together is their accord (SUPPORT), and that a paper signed by one party,
// or named before its signer, is not read as one. Sentences made up for the
// test: the exact type, actors, targets and status.
func TestJointlySignedPapers(t *testing.T) {
	sign := func(actor, target string) wantEvent {
		return wantEvent{graph.Support, []string{actor}, []string{target}}
	}
	tests := []eventCase{
		{"two states sign a document", "Chile and Peru signed a document on fishing rights on Monday.",
			sign("CL", "PE"), graph.Reported, true},
		{"jointly, a joint statement", "Ghana and Togo jointly signed a joint statement on border security.",
			sign("GH", "TG"), graph.Reported, true},
		{"two organisations sign a paper", "Hamas and Hezbollah have both signed the documents.",
			sign("org/hamas", "org/hezbollah"), graph.Reported, true},
		{"signers with titles", "Chilean President Michelle Bachelet and Peruvian President Alan Garcia signed a statement of principles.",
			wantEvent{graph.Support, []string{"person/michelle-bachelet"}, []string{"person/alan-garcia"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"one signer", "Chile signed a document on fishing rights.", graph.Support},
		{"the paper before its signer", "The document Chile signed differed from the one Peru signed.", graph.Support},
		{"signers named elsewhere", "Chile and Peru said that the countries that have not signed the document must explain.", graph.Support},
		{"a paper of no named party", "The two ministers signed a statement on Monday.", graph.Support},
	})
}
