package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

func TestEventRules(t *testing.T) {
	tests := []struct {
		name          string
		body          string
		typ           graph.EventType
		mode          string
		actor, target string
		rule          string
		status        graph.Status
	}{
		{"summit between", "The summit between Chinese President Xi Jinping and Joe Biden ended.", graph.Consult, "meet", "person/xi-jinping", "person/joe-biden", "noun:meet-between", graph.Reported},
		{"hyphenated pair", "Barack Obama arrived. The Obama-Medvedev talks went well.", graph.Consult, "meet", "person/barack-obama", "person/dmitry-medvedev", "noun:meet-pair", graph.Reported},
		{"dash pair", "Kim Jong-un – Vladimir Putin summit ends.", graph.Consult, "meet", "person/kim-jong-un", "person/vladimir-putin", "noun:meet-pair", graph.Reported},
		{"visit by X to Y", "He announced a planned visit by the French President, Emmanuel Macron, to China.", graph.Consult, "visit", "person/emmanuel-macron", "CN", "noun:visit-by", graph.Planned},
		{"possessive visit", "Olaf Scholz's upcoming visit to India was announced.", graph.Consult, "visit", "person/olaf-scholz", "IN", "noun:visit-possessive", graph.Planned},
		{"possessive with demonym destination", "Narendra Modi's supposed Russian trip worried many.", graph.Consult, "visit", "person/narendra-modi", "RU", "noun:trip-possessive", graph.Speculated},
		{"passive", "Israel was condemned by the Arab League.", graph.Accuse, "disapprove", "org/arab-league", "IL", "verb:condemn-passive", graph.Reported},
		{"host reverses", "Japan hosted Narendra Modi.", graph.Consult, "visit", "person/narendra-modi", "JP", "verb:host", graph.Reported},
		{"phone call", "Biden held a phone call with Zelensky.", graph.Consult, "phone", "person/joe-biden", "person/volodymyr-zelensky", "noun:phone-subject", graph.Reported},
		{"invitation by", "Macron accepted an invitation extended by Xi Jinping.", graph.Request, "invite", "person/xi-jinping", "person/emmanuel-macron", "noun:invite-by-other-party", graph.Reported},
		{"military supply", "Iran is supplying drones to Russia.", graph.Aid, "military", "IR", "RU", "verb:supply", graph.Reported},
		{"food aid", "China sent food aid to North Korea.", graph.Aid, "humanitarian", "CN", "KP", "verb:supply", graph.Reported},
		{"barter", "Iran sells drones to Russia. It is a barter in exchange for food aid.", graph.Aid, "humanitarian", "RU", "IR", "noun:aid-exchange", graph.Reported},
		{"air strike", "An Israeli air strike on Lebanon killed ten.", graph.Assault, "strike", "IL", "LB", "noun:strike-attributive", graph.Reported},
		{"sanctions on", "Canada imposed new sanctions on Iran.", graph.Sanction, "", "CA", "IR", "verb:impose-sanctions", graph.Reported},
		{"warships sent are a deployment", "China sent warships into Taiwanese waters.", graph.Mobilize, "troops", "CN", "TW", "verb:send-troops", graph.Reported},
		{"pledge to each other", "India and Japan pledged to deepen their strategic partnership.", graph.Agree, "", "IN", "JP", "verb:promise", graph.Reported},
		{"regret of another's act", "Russia regretted the decision by Finland to join NATO.", graph.Accuse, "disapprove", "RU", "FI", "verb:regret-others-act", graph.Reported},
		{"regret of one's own", "Japan expressed regret to South Korea over its colonial rule.", graph.Concede, "apologize", "JP", "KR", "verb:regret", graph.Reported},
		{"force on a place", "Israel's blockade of Gaza has lasted since 2007.", graph.Coerce, "blockade", "IL", "PS", "noun:blockade-possessive-place-host", graph.Reported},
		{"trade ban", "Japan banned imports of American beef.", graph.Sanction, "", "JP", "US", "verb:ban-trade", graph.Reported},
		{"travel ban", "Russia banned entry to 500 Americans.", graph.Sanction, "", "RU", "US", "verb:ban-trade", graph.Reported},
		{"expel diplomats", "Poland expelled Russian diplomats.", graph.Sanction, "expel", "PL", "RU", "verb:expel-diplomats", graph.Reported},
		{"pronoun subject", "Hu Jintao landed on Monday. He met Lula in Brasilia.", graph.Consult, "meet", "person/hu-jintao", "person/luiz-inacio-lula-da-silva", "verb:meet-pronoun", graph.Reported},
		{"coordinated verbs", "Putin met Erdogan and visited Iran.", graph.Consult, "visit", "person/vladimir-putin", "IR", "verb:visit-coordinated", graph.Reported},
		{"appositive subject", "Lien Chan, chairman of the Kuomintang, met Hu Jintao.", graph.Consult, "meet", "person/lien-chan", "person/hu-jintao", "verb:meet", graph.Reported},
		{"call on", "The UN called on Israel to withdraw.", graph.Request, "", "org/united-nations", "IL", "verb:call-on", graph.Reported},
		{"formal protest", "Japan protested to China.", graph.Accuse, "protest", "JP", "CN", "verb:protest-to", graph.Reported},
		{"agree", "Israel agreed with Egypt on the border.", graph.Agree, "", "IL", "EG", "verb:agree", graph.Reported},
		{"sign", "Russia signed a treaty with China.", graph.Support, "sign", "RU", "CN", "verb:sign", graph.Reported},
		{"apology", "Germany offered an apology to Namibia.", graph.Concede, "apologize", "DE", "NA", "noun:apologize-subject", graph.Reported},
		{"deploy", "Russia deployed troops to Belarus.", graph.Mobilize, "troops", "RU", "BY", "verb:deploy", graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex, err := shared().Extract(Document{Article: graph.Article{ID: "t"}, Body: tt.body})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ev := range ex.Events {
				for _, c := range ev.Claims {
					got = append(got, ev.Label+" ["+c.Rule+"]")
				}
				if ev.Type != tt.typ || ev.Actors[0].ID != tt.actor || len(ev.Targets) == 0 || ev.Targets[0].ID != tt.target {
					continue
				}
				if ev.Mode != tt.mode || ev.Status != tt.status {
					t.Errorf("%s: mode %q status %q, want %q %q", ev.Label, ev.Mode, ev.Status, tt.mode, tt.status)
				}
				for _, c := range ev.Claims {
					if c.Rule == tt.rule {
						return
					}
				}
				t.Errorf("%s: rules %q, want %q", ev.Label, got, tt.rule)
				return
			}
			t.Errorf("no %s %s → %s; got %s", tt.typ, tt.actor, tt.target, strings.Join(got, "; "))
		})
	}
}

func TestEventMerge(t *testing.T) {
	body := "Kim Jong-un met Vladimir Putin on September 13. " +
		"The Kim-Putin summit was closely watched. " +
		"Their meeting lasted four hours. " +
		"Sergey Lavrov will visit North Korea next month. Lavrov's visit is awaited."
	ex, err := shared().Extract(Document{Article: graph.Article{ID: "m", Published: "2023-09-24"}, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if err := ex.Validate(); err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, ev := range ex.Events {
		count[string(ev.Type)+"/"+ev.Mode]++
		switch ev.Mode {
		case "meet":
			if ev.Date != "2023-09-13" || len(ev.Claims) != 3 {
				t.Errorf("meeting: date %q, %d claims; want 2023-09-13 and 3 claims", ev.Date, len(ev.Claims))
			}
		case "visit":
			if ev.Date != "2023-10" || ev.Status != graph.Planned || len(ev.Claims) != 2 {
				t.Errorf("visit: date %q status %q, %d claims; want 2023-10 planned, 2 claims", ev.Date, ev.Status, len(ev.Claims))
			}
		}
		for _, c := range ev.Claims {
			if c.ID != graph.ClaimID("m", c.Sentence, ev.ID) || c.Article == nil || c.Article.ID != "m" {
				t.Errorf("claim %+v: bad ID or article", c)
			}
		}
		if ev.ID != graph.EventID(ev.Type, ids(ev.Actors), ids(ev.Targets), ev.Date, graph.ReportedScope(ex.Article)) {
			t.Errorf("event %s: ID does not follow graph.EventID", ev.Label)
		}
	}
	if count["CONSULT/meet"] != 1 || count["CONSULT/visit"] != 1 {
		t.Errorf("events %v, want one meeting and one visit", count)
	}
	seen := map[string]bool{}
	for _, e := range ex.Entities {
		if seen[e.ID] {
			t.Errorf("entity %s listed twice", e.ID)
		}
		seen[e.ID] = true
	}
}

// TestParallelPledgesTargetNoOne leaves pledges that two parties each
// make to others without a target: they are no agreement between them.
func TestParallelPledgesTargetNoOne(t *testing.T) {
	checkNoEvents(t, "2023-03-22", []graph.EventType{graph.Agree, graph.Threaten},
		"The Conservatives and the Liberals have made many promises to improve the economy.",
		"The US and Britain pledged to fight terrorism.",
	)
}

// TestForceAimedNotAlsoAtItsPlace leaves out the reading of a strike as one
// on the state it happened in when the sentence names whom it hit.
func TestForceAimedNotAlsoAtItsPlace(t *testing.T) {
	ex := extractBody(t, "A US drone strike killed a senior al-Qaeda leader in Yemen.", "2023-03-22")
	for _, ev := range ex.Events {
		if ev.Type == graph.Assault && slices.Contains(ids(ev.Targets), "YE") {
			t.Errorf("strike read as one on Yemen: %s", ev.Label)
		}
	}
	mustFindEvent(t, "A US drone strike killed a senior al-Qaeda leader in Yemen.", "2023-03-22",
		wantEvent{graph.Assault, []string{"US"}, []string{"org/al-qaeda"}})
	mustFindEvent(t, "An Israeli raid in Lebanon killed three people.", "2023-03-22",
		wantEvent{graph.Assault, []string{"IL"}, []string{"LB"}})
}

// TestMembersBringTheirBody checks that a person with no state office
// acts with the body the article says he leads or belongs to, as an
// official acts with his state, and that a person with none acts alone.
func TestMembersBringTheirBody(t *testing.T) {
	checkEvents(t, "2006-05-14", []eventCase{
		{"leader of a party, named before", "Ian Paisley, leader of the Democratic Unionist Party, spoke in Belfast on Monday. Paisley criticised Sinn Fein.",
			wantEvent{graph.Accuse, []string{"person/ian-paisley", "org/democratic-unionist-party"}, []string{"org/sinn-fein"}}, graph.Reported, true},
		{"member of a body, named before", "Juan Perez of Amnesty International spoke in Lima on Monday. Perez criticised Iraq.",
			wantEvent{graph.Accuse, []string{"person/juan-perez", "org/amnesty-international"}, []string{"IQ"}}, graph.Reported, true},
		{"member of a body as the subject", "Kenneth Roth of Human Rights Watch accused Russia of war crimes.",
			wantEvent{graph.Accuse, []string{"person/kenneth-roth", "org/human-rights-watch"}, []string{"RU"}}, graph.Reported, true},
		{"no body stated", "Ian Paisley criticised Sinn Fein.",
			wantEvent{graph.Accuse, []string{"person/ian-paisley"}, []string{"org/sinn-fein"}}, graph.Reported, true},
	})
}

// TestMinistersActForTheirState checks that a minister of any portfolio,
// an attorney general and a general act with their state.
func TestMinistersActForTheirState(t *testing.T) {
	checkEvents(t, "2006-05-14", []eventCase{
		{"a portfolio minister", "Indonesian Fisheries Minister Budi Santoso asked Australia to stop burning Indonesian boats.",
			wantEvent{graph.Request, []string{"person/budi-santoso", "ID"}, []string{"AU"}}, graph.Reported, true},
		{"an attorney general", "The Attorney General of Peru, Juan Perez, criticised Chile.",
			wantEvent{graph.Accuse, []string{"person/juan-perez", "PE"}, []string{"CL"}}, graph.Reported, true},
	})
}
