package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestContacts checks the contacts of contacts.go: emissaries sent,
// parties briefed or told, letters, tours.
func TestContacts(t *testing.T) {
	cases := []ruleCase{
		{"dispatched an envoy", "Japan dispatched a special envoy to Seoul.",
			wantEvent{graph.Consult, []string{"JP"}, []string{"KR"}}, graph.Reported, "contact:send-envoy"},
		{"will send a diplomat", "The United States will send its top diplomat to Beijing next week.",
			wantEvent{graph.Consult, []string{"US"}, []string{"CN"}}, graph.Planned, "contact:send-envoy"},
		{"an envoy arrived", "Japan's special envoy arrived in Seoul on Monday.",
			wantEvent{graph.Consult, []string{"JP"}, []string{"KR"}}, graph.Reported, "contact:envoy-arrived"},
		{"a delegation arrived", "A Chinese delegation arrived in Pyongyang last week.",
			wantEvent{graph.Consult, []string{"CN"}, []string{"KP"}}, graph.Reported, "contact:envoy-arrived"},
		{"briefed a counterpart", "Sergei Lavrov briefed his Chinese counterpart on the talks.",
			wantEvent{graph.Consult, []string{"RU"}, []string{"CN"}}, graph.Reported, "contact:told"},
		{"told a leader", "Vladimir Putin told Xi Jinping that Russia was ready for talks.",
			wantEvent{graph.Consult, []string{"RU"}, []string{"CN"}}, graph.Reported, "contact:told"},
		{"informed a body", "Iran informed the IAEA of the new enrichment plant.",
			wantEvent{graph.Consult, []string{"IR"}, []string{"org/international-atomic-energy-agency"}}, graph.Reported, "contact:told"},
		{"in a letter to", "In a letter to Kim Jong-un, Donald Trump proposed a second summit.",
			wantEvent{graph.Consult, []string{"person/donald-trump"}, []string{"KP"}}, graph.Reported, "contact:letter"},
		{"a letter from to", "A letter from Donald Trump to Kim Jong-un proposed a second summit.",
			wantEvent{graph.Consult, []string{"person/donald-trump"}, []string{"KP"}}, graph.Reported, "contact:letter"},
		{"a possessive letter", "Vladimir Putin's letter to Xi Jinping was published on Monday.",
			wantEvent{graph.Consult, []string{"RU"}, []string{"CN"}}, graph.Reported, "contact:letter"},
		{"praise in a message", "Vladimir Putin sent a message to Xi Jinping congratulating him.",
			wantEvent{graph.Support, []string{"RU"}, []string{"CN"}}, graph.Reported, "verb:praise-message"},
		{"a tour of states", "Antony Blinken began a tour of Egypt, Jordan and Israel.",
			wantEvent{graph.Consult, []string{"US"}, []string{"EG", "JO", "IL"}}, graph.Reported, "contact:tour"},
		{"a stop in a capital", "Antony Blinken wrapped up his tour of the Middle East with a stop in Cairo.",
			wantEvent{graph.Consult, []string{"US"}, []string{"EG"}}, graph.Reported, "contact:stop"},
	}
	checkRuleCases(t, "2023-03-22", cases)
}

// TestContactsLeaveOthers checks that audiences told are not consulted,
// a message's praise is not the recipient's, and a summit attended or
// skipped is no meeting.
func TestContactsLeaveOthers(t *testing.T) {
	checkNoEvents(t, "2023-03-22", []graph.EventType{graph.Consult},
		"Vladimir Putin told reporters that Russia was ready for talks.",
		"Vladimir Putin told the BBC that Russia was ready for talks.",
		"Vladimir Putin told Russian television that Russia was ready for talks.",
		"Narendra Modi will attend the G20 summit in Bali.",
		"Xi Jinping skipped the G20 summit in New Delhi.",
		"Xi Jinping will miss the G20 summit in New Delhi.",
	)
	for _, ev := range extractBody(t, "Vladimir Putin sent a message to Xi Jinping congratulating him.", "2023-03-22").Events {
		if ev.Type == graph.Support && slices.Contains(ids(ev.Actors), "CN") {
			t.Errorf("praise by the recipient: %v → %v", ids(ev.Actors), ids(ev.Targets))
		}
	}
}
