package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/geokg/geokg/graph"
)

// wantEvent is one event a made-up sentence must yield: its type, and IDs
// that must be among its actors and targets.
type wantEvent struct {
	typ             graph.EventType
	actors, targets []string
}

// mustFindEvent extracts body as published on published and returns the
// event findEvent gives for want, failing the test at once when there is
// none.
func mustFindEvent(t *testing.T, body, published string, want wantEvent) *graph.Event {
	t.Helper()
	ev, got := findEvent(extractBody(t, body, published), want)
	if ev == nil {
		t.Fatalf("%q: no %s %v → %v; got %s", body, want.typ, want.actors, want.targets, got)
	}
	return ev
}

// mustFindExactEvent extracts body as published on published and returns
// the first event of type typ whose actors and targets are exactly actors
// and targets, in order, failing the test at once when there is none.
func mustFindExactEvent(t *testing.T, body, published string, typ graph.EventType, actors, targets []string) *graph.Event {
	t.Helper()
	ex := extractBody(t, body, published)
	for _, ev := range ex.Events {
		if ev.Type == typ && slices.Equal(ids(ev.Actors), actors) && slices.Equal(ids(ev.Targets), targets) {
			return ev
		}
	}
	_, got := findEvent(ex, wantEvent{typ: typ})
	t.Fatalf("%q: no %s %v → %v; got %s", body, typ, actors, targets, got)
	return nil
}

// findEvent returns the first event of ex matching w, or nil, and a
// description of all events for the failure message.
func findEvent(ex *graph.Extraction, w wantEvent) (*graph.Event, string) {
	var got []string
	for _, ev := range ex.Events {
		rules := []string{}
		for _, c := range ev.Claims {
			rules = append(rules, c.Rule)
		}
		got = append(got, string(ev.Type)+" "+strings.Join(ids(ev.Actors), ",")+" → "+strings.Join(ids(ev.Targets), ",")+" "+strings.Join(rules, ","))
	}
	for _, ev := range ex.Events {
		if ev.Type != w.typ {
			continue
		}
		ok := true
		for _, id := range w.actors {
			ok = ok && slices.Contains(ids(ev.Actors), id)
		}
		for _, id := range w.targets {
			ok = ok && slices.Contains(ids(ev.Targets), id)
		}
		if ok {
			return ev, strings.Join(got, "; ")
		}
	}
	return nil, strings.Join(got, "; ")
}

func extractBody(t *testing.T, body, published string) *graph.Extraction {
	t.Helper()
	ex, err := shared().Extract(Document{Article: graph.Article{ID: "t", Published: published}, Body: body})
	if err != nil {
		t.Fatal(err)
	}
	if err := ex.Validate(); err != nil {
		t.Fatal(err)
	}
	checkOffsets(t, body, ex)
	return ex
}

// checkNoEvents fails for every event of one of types that the extractor
// finds in any of bodies: the other senses and near misses a rule must
// leave alone.
func checkNoEvents(t *testing.T, published string, types []graph.EventType, bodies ...string) {
	t.Helper()
	for _, body := range bodies {
		for _, ev := range extractBody(t, body, published).Events {
			if slices.Contains(types, ev.Type) {
				t.Errorf("%q: unexpected %s event %v → %v", body, ev.Type, ids(ev.Actors), ids(ev.Targets))
			}
		}
	}
}

// checkNoClaims fails for each event extracted from bodies that has a
// claim whose rule match accepts: sentences a rule must leave to others.
func checkNoClaims(t *testing.T, published string, match func(rule string) bool, bodies ...string) {
	t.Helper()
	for _, body := range bodies {
		for _, ev := range extractBody(t, body, published).Events {
			for _, c := range ev.Claims {
				if match(c.Rule) {
					t.Errorf("%q: %s %v → %v by %s", body, ev.Label, ids(ev.Actors), ids(ev.Targets), c.Rule)
				}
			}
		}
	}
}

// rulePrefixes matches the rules that start with one of prefixes.
func rulePrefixes(prefixes ...string) func(string) bool {
	return func(rule string) bool {
		return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(rule, p) })
	}
}

// eventCase is a sentence that must yield an event: want's type, with
// want's actors and targets among its own.
type eventCase struct {
	name, body string
	want       wantEvent
	status     graph.Status // "" leaves the status unchecked
	exact      bool         // actors and targets exactly, in order, not only included
}

// checkEvents extracts each case's sentence as published on published and
// checks the first event findEvent gives for its want.
func checkEvents(t *testing.T, published string, tests []eventCase) {
	t.Helper()
	checkRuleEvents(t, published, "", tests)
}

// checkRuleEvents is checkEvents that also wants one of each event's
// claims made by rule ("" for any rule).
func checkRuleEvents(t *testing.T, published, rule string, tests []eventCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, published, tt.want)
			if tt.exact && (!slices.Equal(ids(ev.Actors), tt.want.actors) || !slices.Equal(ids(ev.Targets), tt.want.targets)) {
				t.Errorf("%s: %v → %v, want exactly %v → %v", ev.Label, ids(ev.Actors), ids(ev.Targets), tt.want.actors, tt.want.targets)
			}
			if tt.status != "" && ev.Status != tt.status {
				t.Errorf("%s: status %s, want %s", ev.Label, ev.Status, tt.status)
			}
			if rule != "" && !hasClaimRule(ev, rule) {
				t.Errorf("%s: no claim by rule %s", ev.Label, rule)
			}
		})
	}
}

// dateCase is an event a sentence must state, with the date ("" for none)
// it must have.
type dateCase struct {
	name, body string
	want       wantEvent
	date       string
}

// checkDates checks each case's event and date.
func checkDates(t *testing.T, published string, tests []dateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, published, tt.want)
			if ev.Date != tt.date {
				t.Errorf("%s: date %q, want %q", ev.Label, ev.Date, tt.date)
			}
		})
	}
}

// statusDateCase is an event a sentence must state, with the status and
// date ("" for none) it must have.
type statusDateCase struct {
	name, body string
	want       wantEvent
	status     graph.Status
	date       string
}

// checkStatusDates checks each case's event, status and date.
func checkStatusDates(t *testing.T, published string, tests []statusDateCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, published, tt.want)
			if ev.Status != tt.status {
				t.Errorf("%s: status %q, want %q", ev.Label, ev.Status, tt.status)
			}
			if ev.Date != tt.date {
				t.Errorf("%s: date %q, want %q", ev.Label, ev.Date, tt.date)
			}
		})
	}
}

// TestLexiconRules checks the lexicon entries and argument patterns added
// for general PLOVER coverage, each on a sentence made up for the test.
func TestLexiconRules(t *testing.T) {
	tests := []struct {
		name string
		body string
		want wantEvent
	}{
		{"official and state both act", "Prime Minister Junichiro Koizumi of Japan met Kim Dae-jung.", wantEvent{graph.Consult, []string{"person/junichiro-koizumi", "JP"}, []string{"person/kim-dae-jung"}}},
		{"titled unknown official's state", "Peruvian Foreign Minister Ana Rosa Quispe condemned Chile.", wantEvent{graph.Accuse, []string{"person/ana-rosa-quispe", "PE"}, []string{"CL"}}},
		{"target official's state", "Brazil criticised Italian Prime Minister Marco Bellini.", wantEvent{graph.Accuse, []string{"BR"}, []string{"person/marco-bellini", "IT"}}},
		{"coordinated actors", "Russia, China and Iran condemned the United States.", wantEvent{graph.Accuse, []string{"RU", "CN", "IR"}, []string{"US"}}},
		{"coordinated targets", "Canada accused Syria and Iran of meddling.", wantEvent{graph.Accuse, []string{"CA"}, []string{"SY", "IR"}}},
		{"three-way meeting", "Egypt, Jordan and Qatar met on Monday.", wantEvent{graph.Consult, []string{"EG"}, []string{"JO", "QA"}}},
		{"relative pronoun subject", "The report was delayed by Norway and Chile, which requested changes from Peru.", wantEvent{graph.Request, []string{"NO", "CL"}, []string{"PE"}}},
		{"contrast clause has its own subject", "Malaysia promised reforms, but Indonesia rejected the plan and demanded talks from Malaysia.", wantEvent{graph.Request, []string{"ID"}, []string{"MY"}}},
		{"object after title", "Kenya invited the Ugandan Trade Minister Joseph Okello Mwesigwa.", wantEvent{graph.Request, []string{"KE"}, []string{"person/joseph-okello-mwesigwa"}}},
		{"and his counterpart", "Sweden's Foreign Minister Lena Karlsson and her Finnish counterpart Mikko Laine signed an accord.", wantEvent{graph.Support, []string{"person/lena-karlsson"}, []string{"person/mikko-laine"}}},
		{"coordinated apology inherits target", "Vietnam's envoy met Thailand's premier and offered an apology.", wantEvent{graph.Concede, []string{"VN"}, []string{"TH"}}},
		{"lifting sanctions is RETREAT", "The European Union lifted sanctions on Libya.", wantEvent{graph.Retreat, []string{"org/european-union"}, []string{"LY"}}},
		{"suspension of sanctions is not SANCTION", "Ministers agreed to a suspension of sanctions against Belarus, Poland said.", wantEvent{}},
		{"restored ties", "Morocco restored diplomatic ties with Iran.", wantEvent{graph.Support, []string{"MA"}, []string{"IR"}}},
		{"official protest", "Greece formally protested to Turkey.", wantEvent{graph.Accuse, []string{"GR"}, []string{"TR"}}},
		{"summoned envoy", "Italy summoned the ambassador of Egypt.", wantEvent{graph.Accuse, []string{"IT"}, []string{"EG"}}},
		{"investigation", "The IAEA opened an investigation into Syria.", wantEvent{graph.Accuse, []string{"org/international-atomic-energy-agency"}, []string{"SY"}}},
		{"killed", "Turkish troops killed three Iraqi soldiers.", wantEvent{graph.Assault, []string{"TR"}, []string{"IQ"}}},
		{"fired rockets on a region", "Hamas fired rockets on towns in southern Israel.", wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}},
		{"kidnapped", "Hezbollah kidnapped two Israeli soldiers.", wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}},
		{"plural demonym actor", "Palestinians blamed Israel for the shooting.", wantEvent{graph.Accuse, []string{"PS"}, []string{"IL"}}},
		{"must as a demand", "Russia said on Tuesday that Georgia must withdraw its troops.", wantEvent{graph.Request, []string{"RU"}, []string{"GE"}}},
		{"infinitive complement target", "Chile offered to make peace with Bolivia.", wantEvent{graph.Agree, []string{"CL"}, []string{"BO"}}},
		{"willing to", "Cuba is willing to talk with Spain.", wantEvent{graph.Agree, []string{"CU"}, []string{"ES"}}},
		{"halted aid", "Japan halted economic aid to Serbia.", wantEvent{graph.Sanction, []string{"JP"}, []string{"RS"}}},
		{"fired on, coordinated", "Cambodian troops crossed the border and fired on Thai soldiers.", wantEvent{graph.Assault, []string{"KH"}, []string{"TH"}}},
		{"crackdown noun", "Zimbabwe's crackdown on the opposition continued.", wantEvent{graph.Coerce, []string{"ZW"}, nil}},
		{"airstrikes noun alone", "Russian airstrikes in Georgia continued.", wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}},
		{"suspended trade", "Japan suspended trade with Myanmar.", wantEvent{graph.Sanction, []string{"JP"}, []string{"MM"}}},
		{"suspended loans", "The World Bank suspended loans to Chad.", wantEvent{graph.Sanction, []string{"org/world-bank"}, []string{"TD"}}},
		{"suspended dealings", "Britain has suspended military dealings with Nepal.", wantEvent{graph.Sanction, []string{"GB"}, []string{"NP"}}},
		{"aid suspended despite brackets", "Britain has suspended £10m ($18m) of aid payments to Malawi.", wantEvent{graph.Sanction, []string{"GB"}, []string{"MW"}}},
		{"shared intelligence", "Egypt shared intelligence with Jordan.", wantEvent{graph.Cooperate, []string{"EG"}, []string{"JO"}}},
		{"extradited", "Spain extradited the suspect to France.", wantEvent{graph.Cooperate, []string{"ES"}, []string{"FR"}}},
		{"granted asylum", "Ecuador granted asylum to two Peruvians.", wantEvent{graph.Aid, []string{"EC"}, []string{"PE"}}},
		{"ratified", "Ukraine ratified an accord with Moldova.", wantEvent{graph.Support, []string{"UA"}, []string{"MD"}}},
		{"appositive subject", "Omar Hassan Gedi, the Somali prime minister, urged Ethiopia to stop.", wantEvent{graph.Request, []string{"person/omar-hassan-gedi", "SO"}, []string{"ET"}}},
		{"participle shares the subject", "Canada urged Iran to free the sailors, condemning it for the seizure.", wantEvent{graph.Accuse, []string{"CA"}, []string{"IR"}}},
		{"agree with a view is SUPPORT", "Mr. Diallo of Guinea agreed with the African Union that elections must be held.", wantEvent{graph.Support, nil, []string{"org/african-union"}}},
		{"arms sale is cooperation", "Belarus sold tanks to Sudan.", wantEvent{graph.Cooperate, []string{"BY"}, []string{"SD"}}},
		{"complement skips an attributive mention", "The Arab League agreed to a suspension of Arab League sanctions against Syria.", wantEvent{graph.Agree, []string{"org/arab-league"}, []string{"SY"}}},
		{"lifting a blockade", "The Turkish army lifted a week-old blockade on Armenia.", wantEvent{graph.Retreat, []string{"TR"}, []string{"AM"}}},
		{"unless makes a threat", "Kenya will withdraw its troops from Somalia unless the Transitional Federal Government pays them.", wantEvent{graph.Threaten, []string{"KE"}, []string{"SO"}}},
		{"expelled inspectors", "Iran expelled the inspectors of the IAEA.", wantEvent{graph.Sanction, []string{"IR"}, []string{"org/international-atomic-energy-agency"}}},
		{"stative opposed to", "Greece is opposed to Turkish membership talks with Brussels.", wantEvent{graph.Reject, []string{"GR"}, []string{"TR"}}},
		{"we in a quote is its speaker", "\"We urge Syria to end the raids,\" Foreign Minister Jean Dupont of France said.", wantEvent{graph.Request, []string{"person/jean-dupont"}, []string{"SY"}}},
		{"coordinated passive", "Thai villagers were beaten or killed by Burmese troops.", wantEvent{graph.Assault, []string{"MM"}, []string{"TH"}}},
		{"reduced passive with agent", "Twelve Afghan soldiers killed by Taliban fighters were buried.", wantEvent{graph.Assault, []string{"org/taliban"}, []string{"AF"}}},
		{"participle without comma, it", "Peru urged Chile to end the blockade faulting it for delays.", wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "")
			if tt.want.typ == "" {
				for _, ev := range ex.Events {
					if ev.Type == graph.Sanction {
						t.Errorf("unexpected %s", ev.Label)
					}
				}
				return
			}
			if ev, got := findEvent(ex, tt.want); ev == nil {
				t.Errorf("no %s %v → %v; got %s", tt.want.typ, tt.want.actors, tt.want.targets, got)
			}
		})
	}
}

// reject is a sentence that must not yield an event of type not.
type reject struct {
	name string
	body string
	not  graph.EventType
}

// checkRejects extracts each sentence and fails on an event of its type.
func checkRejects(t *testing.T, tests []reject) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "")
			for _, ev := range ex.Events {
				if ev.Type == tt.not {
					t.Errorf("unexpected %s [%s]", ev.Label, ev.Claims[0].Rule)
				}
			}
		})
	}
}

// TestLexiconRejects checks sentences that must not yield the event a
// word in them could signal.
func TestLexiconRejects(t *testing.T) {
	tests := []reject{
		{"released a note", "Argentina released a note about Chile.", graph.Retreat},
		{"noun after determiner", "Brazil demanded the release of Peru's prisoners.", graph.Retreat},
		{"adjectival participle", "Japan mourned the abducted Korean citizens.", graph.Assault},
		{"support verb carries the noun", "Chile offered an apology to Peru.", graph.Agree},
		{"travel after a preposition", "The United States warned against travel to Mali.", graph.Consult},
		{"agentless passive before a participle", "A Syrian post was hit yesterday, killing two Turkish soldiers.", graph.Assault},
		{"official on his own state", "Turkish President Ahmet Demir praised Turkey's army.", graph.Support},
		{"troops arriving are no visit", "Fijian peacekeeping troops arrived in Lebanon on Monday.", graph.Consult},
		{"passive agent must follow by", "A Turkish soldier was killed by a roadside mine north of Mosul.", graph.Assault},
		{"reduced relative with a place", "Armenia demanded the return of prisoners detained in Azerbaijan.", graph.Coerce},
		{"gerund after a preposition", "Canada warned its citizens against visiting Haiti.", graph.Consult},
		{"noun object after a verb", "Chile blamed Peru for ignoring demands to end the dispute.", graph.Request},
		{"object of a preposition is not asked", "Iran said that the disarmament of Hamas must wait.", graph.Request},
		{"seek without an object of aid", "Brazil is seeking a seat on the UN Security Council.", graph.Request},
	}
	checkRejects(t, tests)
}

func TestOpeningDateCue(t *testing.T) {
	body := "On 3 March, Laos's envoy met Vietnam's premier and offered an apology."
	ex := extractBody(t, body, "2011-03-10")
	for _, ev := range ex.Events {
		if ev.Date != "2011-03-03" {
			t.Errorf("%s: date %q, want 2011-03-03 from the opening cue", ev.Label, ev.Date)
		}
	}
	if len(ex.Events) < 2 {
		t.Errorf("got %d events, want the meeting and the apology", len(ex.Events))
	}
}

func TestInlineHeadings(t *testing.T) {
	body := "Chile condemned Peru. ==Related news== * Bolivia attacks Chile  May 4, 2005 * Peru meets Chile"
	ss := splitSentences(body)
	var prose []string
	for _, s := range ss {
		if body[s.start:s.end] != s.text {
			t.Fatalf("offsets of %q wrong", s.text)
		}
		if !s.furniture {
			prose = append(prose, s.text)
		}
	}
	if len(prose) != 1 || prose[0] != "Chile condemned Peru." {
		t.Errorf("prose sentences %q, want only the first", prose)
	}
	ex := extractBody(t, body, "2005-05-10")
	if len(ex.Events) != 1 {
		t.Errorf("got %d events, want 1 (related-news items are furniture)", len(ex.Events))
	}
}

func TestCompoundCountriesAreModifiers(t *testing.T) {
	a := newArticle(shared(), Document{Article: graph.Article{ID: "t"}, Body: "x"})
	for _, m := range mentionsIn(a, "Shots were fired along the Iran-Iraq border.") {
		if !m.modifier {
			t.Errorf("%s in a compound before a noun should be a modifier", m.ent.ID)
		}
	}
	var usableIDs []string
	for _, m := range mentionsIn(a, "Iran-Iraq relations improved.") {
		if !m.modifier {
			usableIDs = append(usableIDs, m.ent.ID)
		}
	}
	if len(usableIDs) != 2 {
		t.Errorf("relations keep both parties: got %q", usableIDs)
	}
}

func TestDemonymPlural(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{{"Israeli", "Israelis", true}, {"Afghan", "Afghans", true}, {"Chinese", "", false}, {"British", "", false}, {"North Korean", "", false},
		{"Serb", "Serbs", true}, {"Turk", "Turks", true}, {"Kazakh", "Kazakhs", true}, {"Lebanese", "", false}, {"Icelandic", "", false}, {"Swiss", "", false}}
	for _, tt := range tests {
		if got, ok := demonymPlural(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("demonymPlural(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDiscourseRules checks rules that look beyond one clause: collective
// subjects, dates carried from the sentence before, subset merging and
// passive agents after a place or date.
func TestDiscourseRules(t *testing.T) {
	t.Run("plural inside a name is no collective subject", func(t *testing.T) {
		ex := extractBody(t, "The Arab League council of foreign ministers agreed to a lifting of sanctions against Sudan.", "")
		if ev, got := findEvent(ex, wantEvent{graph.Retreat, []string{"org/arab-league"}, []string{"SD"}}); ev == nil {
			t.Errorf("no RETREAT Arab League → Sudan; got %s", got)
		}
	})
	t.Run("counted plural is collective", func(t *testing.T) {
		ex := extractBody(t, "Putin met Erdogan in Sochi. The two leaders met again in Ankara.", "")
		if len(ex.Events) != 1 || len(ex.Events[0].Claims) != 2 {
			t.Errorf("want one meeting stated twice, got %d events", len(ex.Events))
		}
	})
	t.Run("since starts a span", func(t *testing.T) {
		ex := extractBody(t, "Chile and Peru have met twice since March 2004.", "2006-01-10")
		for _, ev := range ex.Events {
			if ev.Date != "" {
				t.Errorf("%s dated %q from a since-phrase", ev.Label, ev.Date)
			}
		}
	})
	t.Run("date carried to the same actor's next statement", func(t *testing.T) {
		ex := extractBody(t, "Ban Ki-moon called on Iran, Monday, to free the sailors. Ban also urged Britain to show restraint.", "2007-03-29")
		ev, got := findEvent(ex, wantEvent{graph.Request, []string{"person/ban-ki-moon"}, []string{"GB"}})
		if ev == nil {
			t.Fatalf("no REQUEST Ban → Britain; got %s", got)
		}
		if ev.Date != "2007-03-26" {
			t.Errorf("date %q, want 2007-03-26 carried from the sentence before", ev.Date)
		}
	})
	t.Run("close cue taken by a nearer verb still dates a noun", func(t *testing.T) {
		ex := extractBody(t, "A Russian air strike on Georgia on Friday killed five people.", "2008-08-12")
		ev, got := findEvent(ex, wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}})
		if ev == nil {
			t.Fatalf("no ASSAULT Russia → Georgia; got %s", got)
		}
		if ev.Date != "2008-08-08" {
			t.Errorf("date %q, want 2008-08-08", ev.Date)
		}
	})
	t.Run("passive agent after place and date, pair split, subset merged", func(t *testing.T) {
		body := "A trade accord was signed in Hanoi today by Vietnam and Laos. Vietnam's Prime Minister Nguyen Tan Dung and Laotian Prime Minister Bouasone Bouphavanh signed the accord."
		ex := extractBody(t, body, "2007-05-02")
		ev, got := findEvent(ex, wantEvent{graph.Support, []string{"VN"}, []string{"LA"}})
		if ev == nil {
			t.Fatalf("no SUPPORT Vietnam → Laos; got %s", got)
		}
		if ev.Date != "2007-05-02" || len(ev.Claims) != 2 {
			t.Errorf("%s: date %q, %d claims; want 2007-05-02 and both sentences", ev.Label, ev.Date, len(ev.Claims))
		}
	})
}

// TestStatedRoles checks that people whose role the article states are
// part of the extraction, with that role, even when they take part in no
// event; and that nothing else is: not a name without a title, not the
// country a role belongs to, not a body or a metaphor that looks like one.
func TestStatedRoles(t *testing.T) {
	tests := []struct {
		name, body string
		// want maps person IDs to the role and country they must carry
		// ("" for a person whose gazetteer roles are kept).
		want map[string]graph.Role
		// absent are IDs that must not be among the entities.
		absent []string
	}{
		{"title before", "Chinese Vice Foreign Minister Wu Daiwei said the talks went well.",
			map[string]graph.Role{"person/wu-daiwei": {Title: "Vice Foreign Minister", Of: "CN"}}, []string{"CN"}},
		{"apposition with demonym", "Anami Koreshige, the Japanese ambassador to China, said so.",
			map[string]graph.Role{"person/anami-koreshige": {Title: "Ambassador", Of: "JP"}}, []string{"JP", "CN"}},
		{"apposition with possessive", "Ali Shamkhani, Iran's defence minister, spoke on Monday.",
			map[string]graph.Role{"person/ali-shamkhani": {Title: "Defence Minister", Of: "IR"}}, []string{"IR"}},
		{"determiner and acronym", "The U.S. envoy Christopher Hill arrived late.",
			map[string]graph.Role{"person/christopher-hill": {Title: "Envoy", Of: "US"}}, []string{"US"}},
		{"title of a body", "The spokesman of the Foreign Ministry, Liu Jianchao, declined to comment.",
			map[string]graph.Role{"person/liu-jianchao": {Title: "Spokesman"}}, nil},
		{"apposition with a body", "Liu Jianchao, spokesman of the Chinese Foreign Ministry, declined to comment.",
			map[string]graph.Role{"person/liu-jianchao": {Title: "Spokesman", Of: "CN"}}, []string{"CN"}},
		{"organisation before title", "Hamas leader Mahmoud al-Zahar spoke to reporters.",
			map[string]graph.Role{"person/mahmoud-al-zahar": {Title: "Leader", Of: "org/hamas"}}, []string{"org/hamas"}},
		{"general portfolio", "Iraqi Deputy Oil Minister Abdul Karim Luaibi spoke.",
			map[string]graph.Role{"person/abdul-karim-luaibi": {Title: "Deputy Oil Minister", Of: "IQ"}}, nil},
		{"former office", "Former Prime Minister John Major spoke.",
			map[string]graph.Role{"person/john-major": {Title: "Former Prime Minister"}}, nil},
		{"gazetteer person with title", "U.S. President George W. Bush said little.",
			map[string]graph.Role{"person/george-w-bush": {}}, []string{"US"}},
		{"name without title", "John Smith said the talks went well. George W. Bush said little.",
			nil, []string{"person/john-smith", "person/george-w-bush"}},
		{"form of address", "Mr. John Smith said so.", nil, []string{"person/john-smith"}},
		{"list, not apposition", "Bush, Prime Minister Tony Blair and Jacques Chirac spoke.",
			map[string]graph.Role{"person/tony-blair": {}}, []string{"person/george-w-bush", "person/jacques-chirac"}},
		{"possessive title", "The Queen's Lancashire Regiment left Basra.", nil, []string{"person/lancashire-regiment"}},
		{"metaphor", "Russia's petroleum king, Mikhail Khodorkovsky, was jailed.", nil, []string{"person/mikhail-khodorkovsky"}},
		{"body in apposition", "The Bharatiya Janata Party, the chief opposition party, walked out.", map[string]graph.Role{"org/bharatiya-janata-party": {Title: "chief opposition party"}}, []string{"person/bharatiya-janata-party"}},
		{"adjective official", "The official Xinhua News Agency reported it.", nil, []string{"person/xinhua-news-agency"}},
		{"hyphenated word", "Minister of Agriculture Co-Operatives said so.", nil, []string{"person/co-operatives"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2005-03-22")
			byID := map[string]*graph.Entity{}
			var got []string
			for _, e := range ex.Entities {
				byID[e.ID] = e
				got = append(got, e.ID)
			}
			for id, role := range tt.want {
				e := byID[id]
				if e == nil {
					t.Errorf("%s missing; entities %v", id, got)
					continue
				}
				if len(e.Roles) == 0 {
					t.Errorf("%s has no role", id)
					continue
				}
				if role.Title != "" && (e.Roles[0].Title != role.Title || e.Roles[0].Of != role.Of) {
					t.Errorf("%s role = %+v, want %+v", id, e.Roles[0], role)
				}
				if len(role.Of) == 2 && e.Country != role.Of {
					t.Errorf("%s country = %q, want %q", id, e.Country, role.Of)
				}
			}
			for _, id := range tt.absent {
				if byID[id] != nil {
					t.Errorf("%s should not be an entity; entities %v", id, got)
				}
			}
			if len(ex.Events) == 0 && len(ex.Entities) != len(tt.want) {
				t.Errorf("entities %v, want only %d", got, len(tt.want))
			}
		})
	}
}

// TestWeaponsTradedNotAssault checks that a supply, sale or delivery of
// shells, bombs, missiles or drones is aid or an arms trade, never an
// attack: "shells" and "bombs" are verbs of assault only where they take
// a target.
func TestWeaponsTradedNotAssault(t *testing.T) {
	tests := []struct {
		name, body string
		want       *wantEvent // nil: no event wanted besides non-ASSAULT ones
		mode       string
	}{
		{"supplied shells", "North Korea supplied artillery shells to Russia.", &wantEvent{graph.Aid, []string{"KP"}, []string{"RU"}}, "military"},
		{"supplies shells", "North Korea supplies shells to Russia, officials said.", &wantEvent{graph.Aid, []string{"KP"}, []string{"RU"}}, "military"},
		{"sold shells and missiles", "North Korea sold shells and missiles to Russia.", &wantEvent{graph.Cooperate, []string{"KP"}, []string{"RU"}}, "military"},
		{"bought shells", "Russia bought millions of shells from North Korea.", &wantEvent{graph.Cooperate, []string{"RU"}, []string{"KP"}}, "military"},
		{"delivery of shells", "The delivery of shells from North Korea to Russia angered Ukraine.", &wantEvent{graph.Aid, []string{"KP"}, []string{"RU"}}, "military"},
		{"delivered drones", "Iran delivered drones to Russia.", &wantEvent{graph.Aid, []string{"IR"}, []string{"RU"}}, "military"},
		{"stock of bombs", "Israel's many nuclear bombs and missile delivery systems worry Iran.", nil, ""},
		{"number of shells", "A Palestinian attack of four rockets and more than 20 shells took place.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2023-09-24")
			for _, ev := range ex.Events {
				if ev.Type == graph.Assault {
					t.Errorf("ASSAULT %q from %q", ev.Label, tt.body)
				}
			}
			if tt.want == nil {
				return
			}
			ev, got := findEvent(ex, *tt.want)
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.want.typ, tt.want.actors, tt.want.targets, got)
			}
			if ev.Mode != tt.mode {
				t.Errorf("mode %q, want %q", ev.Mode, tt.mode)
			}
		})
	}
	// The verb still states an attack.
	for _, body := range []string{"North Korea shells South Korean islands.", "Pakistan shells Indian positions."} {
		ex := extractBody(t, body, "2023-09-24")
		if ev, got := findEvent(ex, wantEvent{typ: graph.Assault}); ev == nil {
			t.Errorf("no ASSAULT from %q; got %s", body, got)
		}
	}
}

// TestReferenceRules checks the rules that resolve common nouns to named
// parties and read visits from arrivals, each on made-up sentences.
func TestReferenceRules(t *testing.T) {
	tests := []struct {
		name, body, pub string
		want            wantEvent
		status          graph.Status
		date            string
	}{
		{"arrival in a capital is a visit to its country", "Peruvian Foreign Minister Ana Rosa Quispe arrived in Santiago on Wednesday for a two-day visit to Chile.", "2006-03-15",
			wantEvent{graph.Consult, []string{"person/ana-rosa-quispe"}, []string{"CL"}}, graph.Reported, "2006-03-15"},
		{"purpose noun shares the verb's subject", "Kenya's president arrived on Monday for a state visit to Ghana.", "2006-03-15",
			wantEvent{graph.Consult, []string{"KE"}, []string{"GH"}}, graph.Reported, ""},
		{"preparations for a visit are a plan", "Officials discussed preparations for a visit by Chinese President Hu Jintao to Brazil.", "2006-03-15",
			wantEvent{graph.Consult, []string{"person/hu-jintao"}, []string{"BR"}}, graph.Planned, ""},
		{"the government is the country just named", "Sweden expelled two diplomats on Monday. The government condemned Belarus.", "",
			wantEvent{graph.Accuse, []string{"SE"}, []string{"BY"}}, "", ""},
		{"the government in a capital", "Burma condemned Laos. The government in Bangkok criticised Cambodia.", "",
			wantEvent{graph.Accuse, []string{"TH"}, []string{"KH"}}, "", ""},
		{"the two countries last named together", "Peru and Chile held talks in Lima. The two countries later signed a trade agreement.", "",
			wantEvent{graph.Support, []string{"PE"}, []string{"CL"}}, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, tc.pub)
			ev, got := findEvent(ex, tc.want)
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tc.want.typ, tc.want.actors, tc.want.targets, got)
			}
			if tc.status != "" && ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			if tc.date != "" && ev.Date != tc.date {
				t.Errorf("date %q, want %q", ev.Date, tc.date)
			}
		})
	}
	// Negatives: no event may have one of forbid among its actors.
	negatives := []struct {
		name, body string
		forbid     []string
	}{
		{"qualified government is not resolved", "Sweden met Norway. The provisional government condemned Belarus.", []string{"SE", "NO"}},
		{"government of a country named after it", "Sweden met Norway. The government of Finland condemned Belarus.", []string{"SE", "NO"}},
		{"no country to refer to", "The government condemned the Islamic Courts.", nil},
		{"two countries with none named together", "Peru praised Chile. The two countries signed an accord.", []string{"PE", "CL"}},
		{"arrival in a city that is no capital", "Kenya's president arrived in Mombasa on Monday.", nil},
	}
	for _, tc := range negatives {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, "")
			for _, ev := range ex.Events {
				bad := tc.forbid == nil
				for _, id := range tc.forbid {
					bad = bad || (slices.Contains(ids(ev.Actors), id) && ev.Type != graph.Consult && ev.Type != graph.Support || ev.Type == graph.Support && ev.Mode == "sign")
				}
				if bad {
					t.Errorf("unexpected %s (%s)", ev.Label, ev.Claims[0].Rule)
				}
			}
		})
	}
}

// TestWidenedLexicon checks the triggers and constructions added across the
// sixteen PLOVER types (verbs, light verbs, phrasal verbs and
// nominalisations), each on a sentence made up for the test. An empty
// target list means the event stands without one.
func TestWidenedLexicon(t *testing.T) {
	tests := []struct {
		name string
		body string
		want wantEvent
	}{
		// AGREE
		{"declared an end to hostilities", "Peru and Ecuador today declared an end to hostilities against each other.", wantEvent{graph.Agree, []string{"PE"}, []string{"EC"}}},
		{"settle differences", "Chile and Bolivia decided to settle their differences in court.", wantEvent{graph.Agree, []string{"CL"}, []string{"BO"}}},
		{"consented", "Norway consented to the plan of Sweden.", wantEvent{graph.Agree, []string{"NO"}, nil}},
		// CONSULT
		{"held consultations", "Kenya held consultations with Uganda on Monday.", wantEvent{graph.Consult, []string{"KE"}, []string{"UG"}}},
		{"consulted", "Japan consulted South Korea about the missile test.", wantEvent{graph.Consult, []string{"JP"}, []string{"KR"}}},
		{"renewed negotiations", "Israel and Lebanon renewed negotiations today.", wantEvent{graph.Consult, []string{"IL"}, []string{"LB"}}},
		// SUPPORT
		{"time adverb after the subject", "Ghana and Togo today signed a treaty of friendship.", wantEvent{graph.Support, []string{"GH"}, []string{"TG"}}},
		{"defended", "Cuba defended Venezuela against the criticism.", wantEvent{graph.Support, []string{"CU"}, []string{"VE"}}},
		{"hailed", "Portugal hailed Brazil for its role.", wantEvent{graph.Support, []string{"PT"}, []string{"BR"}}},
		// CONCEDE
		{"accepted demands", "Nepal accepted the demands of India.", wantEvent{graph.Concede, []string{"NP"}, []string{"IN"}}},
		{"called off a strike", "Nigeria called off the planned strike.", wantEvent{graph.Concede, []string{"NG"}, nil}},
		{"lifted a state of emergency", "Sudan lifted the state of emergency in the west.", wantEvent{graph.Concede, []string{"SD"}, nil}},
		{"allowed access", "Serbia allowed Croatia access to the border crossings.", wantEvent{graph.Concede, []string{"RS"}, []string{"HR"}}},
		// RETREAT
		{"unilateral ceasefire", "Hezbollah declared a unilateral ceasefire on Wednesday.", wantEvent{graph.Retreat, []string{"org/hezbollah"}, nil}},
		{"surrendered", "Hamas surrendered to Egypt.", wantEvent{graph.Retreat, []string{"org/hamas"}, []string{"EG"}}},
		{"resigned", "Italian Prime Minister Marco Bellini resigned on Sunday.", wantEvent{graph.Concede, []string{"person/marco-bellini"}, nil}},
		// AID
		{"extended credit", "China extended credit to Angola.", wantEvent{graph.Aid, []string{"CN"}, []string{"AO"}}},
		// REQUEST
		{"pleaded with", "Haiti pleaded with the United States for help.", wantEvent{graph.Request, []string{"HT"}, []string{"US"}}},
		{"pushed for", "Britain pushed for talks with Iran.", wantEvent{graph.Request, []string{"GB"}, nil}},
		// ACCUSE
		{"called X irresponsible", "Japan called North Korea irresponsible and dangerous.", wantEvent{graph.Accuse, []string{"JP"}, []string{"KP"}}},
		{"branded a terrorist state", "Iran branded Israel a terrorist state.", wantEvent{graph.Accuse, []string{"IR"}, []string{"IL"}}},
		{"compared to Hitler", "Venezuela compared the United States to Hitler.", wantEvent{graph.Accuse, []string{"VE"}, []string{"US"}}},
		{"lambasted", "Poland lambasted Belarus over the arrests.", wantEvent{graph.Accuse, []string{"PL"}, []string{"BY"}}},
		// REJECT
		{"rebuffed", "Syria rebuffed Turkey on Monday.", wantEvent{graph.Reject, []string{"SY"}, []string{"TR"}}},
		{"offer from", "Pakistan rejected a fresh offer from India.", wantEvent{graph.Reject, []string{"PK"}, []string{"IN"}}},
		// THREATEN
		{"vowed to wage war", "Eritrea vowed to wage war on Ethiopia.", wantEvent{graph.Threaten, []string{"ER"}, []string{"ET"}}},
		{"warned of consequences", "Russia warned Georgia of serious consequences.", wantEvent{graph.Threaten, []string{"RU"}, []string{"GE"}}},
		{"ready to attack", "Eritrea is ready to attack Ethiopia.", wantEvent{graph.Threaten, []string{"ER"}, []string{"ET"}}},
		{"threat without a target", "Russia threatened to send warships.", wantEvent{graph.Threaten, []string{"RU"}, nil}},
		{"verb before a weekday is no participle", "Kenyan officials agreed on Monday to a truce with Uganda.", wantEvent{graph.Agree, []string{"KE"}, []string{"UG"}}},
		// PROTEST
		{"went on strike", "Bolivian miners went on strike on Monday.", wantEvent{graph.Protest, []string{"BO"}, nil}},
		{"staged a rally", "Thousands of Kenyans staged a rally in Nairobi.", wantEvent{graph.Protest, []string{"KE"}, nil}},
		{"blocked roads", "Hundreds of Bolivians blocked roads near La Paz.", wantEvent{graph.Protest, []string{"BO"}, nil}},
		// SANCTION
		{"recalled ambassador", "Peru recalled its ambassador from Chile.", wantEvent{graph.Sanction, []string{"PE"}, []string{"CL"}}},
		{"froze assets", "Switzerland froze the assets of Libya.", wantEvent{graph.Sanction, []string{"CH"}, nil}},
		{"suspension of air links", "Italy announced a suspension of air links with Serbia.", wantEvent{graph.Sanction, []string{"IT"}, []string{"RS"}}},
		{"denied entry", "Israel denied entry to Turkey's envoy.", wantEvent{graph.Sanction, []string{"IL"}, []string{"TR"}}},
		{"tightened sanctions", "The European Union tightened sanctions on Iran.", wantEvent{graph.Sanction, []string{"org/european-union"}, []string{"IR"}}},
		{"walked out of talks", "North Korea walked out of the talks with South Korea.", wantEvent{graph.Sanction, []string{"KP"}, []string{"KR"}}},
		// MOBILIZE
		{"called up reservists", "Armenia called up thousands of reservists on Friday.", wantEvent{graph.Mobilize, []string{"AM"}, nil}},
		// COERCE
		{"imposed a curfew", "Turkey imposed a curfew in the town after the riots.", wantEvent{graph.Coerce, []string{"TR"}, nil}},
		{"cracked down", "Egypt cracked down on protesters.", wantEvent{graph.Coerce, []string{"EG"}, nil}},
		{"deported", "Ghana deported 168 Liberians.", wantEvent{graph.Coerce, []string{"GH"}, []string{"LR"}}},
		{"curtailed movements", "Eritrea curtailed the movements of the United Nations mission.", wantEvent{graph.Coerce, []string{"ER"}, []string{"org/united-nations"}}},
		// ASSAULT
		{"opened fire on", "Indian troops opened fire on Pakistani positions.", wantEvent{graph.Assault, []string{"IN"}, []string{"PK"}}},
		{"tortured", "Guinean security forces tortured Liberian refugees.", wantEvent{graph.Assault, []string{"GN"}, []string{"LR"}}},
		{"captured", "Burmese troops captured Thai soldiers near the border.", wantEvent{graph.Assault, []string{"MM"}, []string{"TH"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2006-05-10")
			ev, got := findEvent(ex, tt.want)
			if ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tt.want.typ, tt.want.actors, tt.want.targets, got)
			}
			if tt.want.targets == nil && tt.want.typ != graph.Agree && tt.want.typ != graph.Request && tt.want.typ != graph.Sanction && len(ev.Targets) > 0 {
				t.Errorf("%s: want no target, got %v", ev.Label, ids(ev.Targets))
			}
		})
	}
}

// TestWidenedLexiconRejects checks sentences where a word the widened
// lexicon reads must not signal its event.
func TestWidenedLexiconRejects(t *testing.T) {
	tests := []reject{
		{"call on is a request, not a slur", "Japan called on North Korea to stop the provocation.", graph.Accuse},
		{"should allow is asked, not done", "Britain said that Ethiopia should allow the Red Cross access to detainees.", graph.Concede},
		{"allow without what is allowed", "Chile is allowing Peru to view the report.", graph.Concede},
		{"truce named, not declared", "Syria accused Israel of violating the UN truce resolution.", graph.Retreat},
		{"demanded a meeting", "Serbia demanded a meeting of the Security Council.", graph.Consult},
		{"called for sanctions", "Canada called for sanctions against Zimbabwe.", graph.Sanction},
		{"ultimatum governs the infinitive", "Peru issued an ultimatum to Ecuador to halt attacks on the border.", graph.Retreat},
		{"walked into a meeting", "Bolivia walked into the meeting with Chile.", graph.Sanction},
		{"blocked aid is no protest", "Sudan blocked aid to Darfur.", graph.Protest},
		{"called the talks useful", "Norway called the talks with Sweden useful.", graph.Accuse},
		{"set a date", "Kenya set a date for talks with Uganda.", graph.Coerce},
		{"ended a strike", "Nigeria ended the strike of its oil workers.", graph.Retreat},
	}
	checkRejects(t, tests)
}

// TestWidenedLexiconStatus checks that the status cues hold for the new
// triggers: negation denies, could/may speculate, will/plans plan, and a
// noun carried by an infinitive is planned.
func TestWidenedLexiconStatus(t *testing.T) {
	tests := []struct {
		body string
		typ  graph.EventType
		want graph.Status
	}{
		{"Peru recalled its ambassador from Chile.", graph.Sanction, graph.Reported},
		{"Peru did not recall its ambassador from Chile.", graph.Sanction, graph.Denied},
		{"Peru could recall its ambassador from Chile.", graph.Sanction, graph.Speculated},
		{"Peru may sever ties with Chile.", graph.Sanction, graph.Speculated},
		{"Peru will recall its ambassador from Chile.", graph.Sanction, graph.Planned},
		{"Peru plans to sever ties with Chile.", graph.Sanction, graph.Planned},
		{"Japan never called North Korea irresponsible.", graph.Accuse, graph.Denied},
		{"Kenya agreed to hold consultations with Uganda.", graph.Consult, graph.Planned},
		{"Kenya refused to hold consultations with Uganda.", graph.Consult, graph.Denied},
		{"Syria threatened to hold talks with Turkey.", graph.Consult, graph.Planned},
	}
	for _, tt := range tests {
		t.Run(tt.body, func(t *testing.T) {
			ex := extractBody(t, tt.body, "")
			ev, got := findEvent(ex, wantEvent{typ: tt.typ})
			if ev == nil {
				t.Fatalf("no %s; got %s", tt.typ, got)
			}
			if ev.Status != tt.want {
				t.Errorf("%s: status %s, want %s", ev.Label, ev.Status, tt.want)
			}
		})
	}
}

// sentenceMentions returns "surface=KIND" for every usable mention the
// sentences of body name, in order.
func sentenceMentions(body string) []string {
	a := newArticle(shared(), Document{Article: graph.Article{ID: "t"}, Body: body})
	var out []string
	for _, s := range splitSentences(body) {
		toks := tokenize(body, s.start, s.end)
		for _, m := range a.mentions(toks) {
			out = append(out, body[toks[m.first].start:toks[m.last].end]+"="+string(m.ent.Kind)+"/"+m.ent.Name)
		}
	}
	return out
}

// mentionCase is a sentence with the mentions ("surface=KIND/Name") that
// must be found in it, and those that must not.
type mentionCase struct {
	name      string
	body      string
	want, not []string
}

// checkMentions finds the mentions of each case's sentence and checks them.
func checkMentions(t *testing.T, tests []mentionCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentenceMentions(tt.body)
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %s in %q", w, got)
				}
			}
			for _, n := range tt.not {
				if slices.Contains(got, n) {
					t.Errorf("unexpected %s in %q", n, got)
				}
			}
		})
	}
}

// TestEntityRecognitionRules checks the rules for entities the gazetteer
// does not know, each on made-up sentences: want lists mentions
// ("surface=KIND/Name") that must be found, not those that must not.
func TestEntityRecognitionRules(t *testing.T) {
	tests := []mentionCase{
		// Surnames of known people that open other names.
		{"a surname opening another's name", "Tony Blair spoke. Blair Trewin said the drought would last.", []string{"Tony Blair=PERSON/Tony Blair"}, []string{"Blair=PERSON/Tony Blair"}},
		{"a surname naming a place", "Muqtada al-Sadr spoke. Police in Sadr City handed over weapons.", nil, []string{"Sadr=PERSON/Muqtada al-Sadr"}},
		{"a surname before the body he leads", "George W. Bush spoke. The Bush Administration imposed sanctions.", []string{"Bush=PERSON/George W. Bush"}, nil},
		// Unknown acronyms.
		{"unknown acronym", "The ZAPU attacked a convoy near the border.", []string{"ZAPU=ORGANIZATION/ZAPU"}, nil},
		{"acronym before group noun", "KLMR rebels ambushed a patrol.", []string{"KLMR rebels=ORGANIZATION/KLMR"}, nil},
		{"acronym glossed in brackets is the name's", "The Southern Peace Council (SPC) met. The SPC then left.", []string{"Southern Peace Council=ORGANIZATION/Southern Peace Council", "SPC=ORGANIZATION/Southern Peace Council"}, []string{"SPC=ORGANIZATION/SPC"}},
		{"headline in capitals", "BREAKING NEWS FROM TOKYO today.", nil, []string{"BREAKING=ORGANIZATION/BREAKING", "NEWS=ORGANIZATION/NEWS"}},
		{"common abbreviations", "The GDP grew while AIDS and SARS spread; a USS Cole veteran watched on TV in Chapter XIV.", nil, []string{"GDP=ORGANIZATION/GDP", "AIDS=ORGANIZATION/AIDS", "SARS=ORGANIZATION/SARS", "USS=ORGANIZATION/USS", "XIV=ORGANIZATION/XIV"}},
		{"acronym glossed as a thing", "Officials visited TERRASAT, the Andean Satellite System.", nil, []string{"TERRASAT=ORGANIZATION/TERRASAT"}},
		// Plural demonyms.
		{"irregular plural demonym", "Thousands of Turks marched while Serbs and Britons watched.", []string{"Turks=COUNTRY/Turkey", "Serbs=COUNTRY/Serbia", "Britons=COUNTRY/United Kingdom"}, nil},
		{"demonym with forces", "Iraqi forces entered the town.", []string{"Iraqi=COUNTRY/Iraq"}, nil},
		// Named groups with a lower-case head.
		{"ethnic group rebels", "Later, Okavu rebels seized the airport.", []string{"Okavu rebels=ORGANIZATION/Okavu rebels"}, nil},
		{"the X party", "The ruling coalition attacked the Umbra party again.", []string{"Umbra party=ORGANIZATION/Umbra party"}, nil},
		{"group named after the head", "The Basque separatist group ETA claimed the attack.", nil, []string{"Basque separatist group=ORGANIZATION/Basque separatist group"}},
		{"sentence-initial quantifier", "Some rebels fled. Many militants surrendered.", nil, []string{"Some rebels=ORGANIZATION/Some rebels", "Many militants=ORGANIZATION/Many militants"}},
		{"holiday and month are no group", "The Christmas party and the March movement were cancelled.", nil, []string{"Christmas party=ORGANIZATION/Christmas party", "March movement=ORGANIZATION/March movement"}},
		{"known country before rebels", "Ivory Coast rebels rejected the plan.", []string{"Ivory Coast=COUNTRY/Ivory Coast"}, []string{"Ivory Coast rebels=ORGANIZATION/Ivory Coast rebels"}},
		// Organisations by head noun.
		{"brotherhood head", "The Sudanese Islamic Brotherhood called for calm.", []string{"Sudanese Islamic Brotherhood=ORGANIZATION/Sudanese Islamic Brotherhood"}, nil},
		{"tigers head", "The Kavango Tigers shelled the town.", []string{"Kavango Tigers=ORGANIZATION/Kavango Tigers"}, nil},
		{"plural possessive inside a name", "The Zambezi Farmers' Union protested.", []string{"Zambezi Farmers' Union=ORGANIZATION/Zambezi Farmers' Union"}, nil},
		{"possessive owner stays apart", "Hamas' Ministry of Social Affairs seized the aid.", []string{"Hamas=ORGANIZATION/Hamas"}, nil},
		{"Title Case headline is no body", "The Party Is Over For Tennis Stars.", nil, []string{"Party=ORGANIZATION/Party"}},
		// People in lists and appositions.
		{"list after a colon", "Police held three activists: Ana Ruiz Vega, Pedro Lanza and Tomas Berg.", []string{"Ana Ruiz Vega=PERSON/Ana Ruiz Vega", "Pedro Lanza=PERSON/Pedro Lanza", "Tomas Berg=PERSON/Tomas Berg"}, nil},
		{"apposition with a person noun", "A drone killed Omar Haddad Saleh, a Jordanian border guard, on Monday.", []string{"Omar Haddad Saleh=PERSON/Omar Haddad Saleh"}, nil},
		{"apposition with an owner", "Lina Moreau, France's best known human rights activist, spoke.", []string{"Lina Moreau=PERSON/Lina Moreau"}, nil},
		{"noun before the name", "Troops arrested the guerrilla Rafael Ortiz Pena in Cali.", []string{"Rafael Ortiz Pena=PERSON/Rafael Ortiz Pena"}, nil},
		{"capitalised noun in a law's name", "Congress passed the Detainee Treatment Act.", nil, []string{"Treatment Act=PERSON/Treatment Act"}},
		{"noun qualifying a place is no apposition", "They met at Camp Delta, a prisoner camp.", nil, []string{"Camp Delta=PERSON/Camp Delta"}},
		{"title and bare surname", "Rebels said President Mabanza must resign.", []string{"Mabanza=PERSON/Mabanza"}, nil},
		{"title before a known surname keeps the full name", "George W. Bush spoke. Later President Bush left.", nil, []string{"Bush=PERSON/Bush"}},
		{"title before a part of a name seen", "Gen. Zhu Wenhua spoke. Gen. Zhu then left.", nil, []string{"Zhu=PERSON/Zhu"}},
		{"title before a place", "President Kenya Airways flew.", nil, []string{"Kenya=PERSON/Kenya"}},
	}
	checkMentions(t, tests)
}

// TestEntityRuleEvents checks that events attach to entities found by the
// recognition rules.
func TestEntityRuleEvents(t *testing.T) {
	tests := []struct {
		name string
		body string
		want wantEvent
	}{
		{"unknown acronym acts", "ZAPU attacked Zimbabwe.", wantEvent{graph.Assault, []string{"org/zapu"}, []string{"ZW"}}},
		{"named rebels are targets", "Sudan accused Fur rebels of attacks.", wantEvent{graph.Accuse, []string{"SD"}, []string{"org/fur-rebels"}}},
		{"plural demonym protests", "Turks protested against Greece.", wantEvent{graph.Protest, []string{"TR"}, []string{"GR"}}},
		{"released people listed after a colon", "Cuba released two dissidents: Ana Ruiz Vega and Pedro Lanza.", wantEvent{graph.Retreat, []string{"CU"}, []string{"person/ana-ruiz-vega", "person/pedro-lanza"}}},
		{"apposition names the victim", "A U.S. helicopter killed Omar Haddad Saleh, a Syrian border guard.", wantEvent{graph.Assault, []string{"US"}, []string{"person/omar-haddad-saleh"}}},
		{"disagreeing is ACCUSE", "The Labour Party did not agree with Japan about whaling.", wantEvent{graph.Accuse, []string{"org/labour-party"}, []string{"JP"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "")
			if ev, got := findEvent(ex, tt.want); ev == nil {
				t.Errorf("no %s %v → %v in %s", tt.want.typ, tt.want.actors, tt.want.targets, got)
			}
		})
	}
}

// TestPlaces checks how places are read, each on made-up sentences: a
// capital after a place preposition is a LOCATION in its state, the same
// capital as a subject stands for the state, and places that are not
// states ("West Bank", "Geneva") are LOCATIONs wherever they are named.
// want lists mentions ("surface=KIND/Name") that must be found, not those
// that must not.
func TestPlaces(t *testing.T) {
	tests := []mentionCase{
		{"capital as subject is the state", "Beijing said the talks had failed.", []string{"Beijing=COUNTRY/China"}, []string{"Beijing=LOCATION/Beijing"}},
		{"capital after in is a place", "The envoys met in Beijing on Monday.", []string{"Beijing=LOCATION/Beijing"}, []string{"Beijing=COUNTRY/China"}},
		{"capital after a lead phrase is a place", "A bomb exploded in the Iraqi capital Baghdad.", []string{"Baghdad=LOCATION/Baghdad"}, []string{"Baghdad=COUNTRY/Iraq"}},
		{"capital after compass word is a place", "Fighting broke out in northern Kabul.", []string{"Kabul=LOCATION/Kabul"}, nil},
		{"capital's view is the state's", "The plan is unacceptable in Moscow's view.", []string{"Moscow=COUNTRY/Russia"}, []string{"Moscow=LOCATION/Moscow"}},
		{"West Bank is a place", "Israel reimposed a blockade on the West Bank.", []string{"West Bank=LOCATION/West Bank"}, []string{"West Bank=ORGANIZATION/West Bank"}},
		{"West Bank as subject stays a place", "West Bank towns were quiet on Friday.", []string{"West Bank=LOCATION/West Bank"}, []string{"West Bank=ORGANIZATION/West Bank"}},
		{"side of a river is land", "Troops crossed to the East Bank overnight.", nil, []string{"East Bank=ORGANIZATION/East Bank"}},
		{"a named bank is a body", "The Central Bank raised rates. The Eurasian Development Bank lent money.", []string{"Central Bank=ORGANIZATION/Central Bank", "Eurasian Development Bank=ORGANIZATION/Eurasian Development Bank"}, nil},
		{"non-capital city", "Leaders gathered in Geneva and later in New York.", []string{"Geneva=LOCATION/Geneva", "New York=LOCATION/New York"}, nil},
		{"abbreviated saint", "The leaders met in St. Petersburg on Saturday.", []string{"St. Petersburg=LOCATION/Saint Petersburg"}, nil},
		{"alias names the place", "Rockets were fired from Gaza.", []string{"Gaza=LOCATION/Gaza Strip"}, nil},
		{"region", "Rebels clashed with soldiers in Darfur.", []string{"Darfur=LOCATION/Darfur"}, nil},
		{"place before group noun is a group", "Sudan accused Darfur rebels of attacks.", []string{"Darfur rebels=ORGANIZATION/Darfur rebels"}, nil},
		{"longer organisation name wins", "The Kurdistan Workers' Party attacked a post.", []string{"Kurdistan Workers' Party=ORGANIZATION/Kurdistan Workers' Party"}, []string{"Kurdistan=LOCATION/Kurdistan"}},
	}
	checkMentions(t, tests)
}

// TestPlaceEntities checks the country a place belongs to.
func TestPlaceEntities(t *testing.T) {
	for _, tt := range []struct{ name, id, country string }{
		{"West Bank", "place/west-bank", "PS"}, {"Geneva", "place/geneva", "CH"}, {"Crimea", "place/crimea", "UA"},
		{"Hong Kong", "place/hong-kong", "CN"}, {"Kashmir", "place/kashmir", ""}, {"Gaza", "place/gaza-strip", "PS"},
	} {
		e, ok := shared().Resolve(tt.name)
		if !ok || e.ID != tt.id || e.Kind != graph.Location || e.Country != tt.country {
			t.Errorf("Resolve(%q) = %+v, %v; want %s (LOCATION) in %q", tt.name, e, ok, tt.id, tt.country)
		}
		if tt.country != "" && e.ID != graph.EntityID(graph.Location, e.Name) {
			t.Errorf("%s: ID %s is not EntityID(LOCATION, %q)", tt.name, e.ID, e.Name)
		}
	}
}

// TestEventLocation checks where events happen: the place after a
// locative preposition closest to the trigger, for any event type, never
// an actor, a target, or a place that only situates a source.
func TestEventLocation(t *testing.T) {
	tests := []struct {
		name     string
		body     string
		want     wantEvent
		location string // "" means none
	}{
		{"meeting in a non-capital city", "Sergey Lavrov met Wang Yi in Geneva on Monday.", wantEvent{graph.Consult, []string{"person/sergey-lavrov"}, nil}, "place/geneva"},
		{"clash in a capital", "Ethiopia clashed with Eritrea in Asmara.", wantEvent{graph.Assault, []string{"ET"}, nil}, "place/asmara"},
		{"place before the trigger", "In Darfur, Sudan attacked Chad.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, "place/darfur"},
		{"closest place wins", "Russia accused Georgia in Geneva of attacks in Abkhazia.", wantEvent{graph.Accuse, []string{"RU"}, []string{"GE"}}, "place/geneva"},
		{"capital as actor is no location", "Beijing criticised Tokyo.", wantEvent{graph.Accuse, []string{"CN"}, []string{"JP"}}, ""},
		{"source's place is not the event's", "Sudan attacked Chad, officials in Nairobi said.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}, ""},
		{"origin is not the location", "Iran sent aid to Lebanon from Tehran.", wantEvent{graph.Aid, []string{"IR"}, []string{"LB"}}, ""},
		{"country as location", "Japan met China in Brazil.", wantEvent{graph.Consult, []string{"JP"}, []string{"CN"}}, "BR"},
		{"force in a territory falls on its state", "Israel reimposed blockades in the West Bank.", wantEvent{graph.Coerce, []string{"IL"}, []string{"PS"}}, "place/west-bank"},
		{"visit to a city is a visit to its state", "Putin visited Shanghai.", wantEvent{graph.Consult, []string{"person/vladimir-putin"}, []string{"CN"}}, "place/shanghai"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "")
			ev, got := findEvent(ex, tt.want)
			if ev == nil {
				t.Fatalf("no %s %v → %v in %s", tt.want.typ, tt.want.actors, tt.want.targets, got)
			}
			loc := ""
			if ev.Location != nil {
				loc = ev.Location.ID
				if !slices.ContainsFunc(ex.Entities, func(e *graph.Entity) bool { return e.ID == loc }) {
					t.Errorf("location %s is not among the entities", loc)
				}
			}
			if loc != tt.location {
				t.Errorf("location = %q, want %q", loc, tt.location)
			}
			for _, e := range append(slices.Clone(ev.Actors), ev.Targets...) {
				if e.Kind == graph.Location {
					t.Errorf("place %s takes part in the event", e.ID)
				}
			}
		})
	}
}

// TestVerbalAttackIsAccuse checks that an attack in words (on a government,
// a policy, remarks) is criticism and that force stays ASSAULT.
func TestVerbalAttackIsAccuse(t *testing.T) {
	tests := []struct {
		name string
		body string
		want wantEvent
	}{
		{"attacked the government of", "Bolivia attacked the government of Peru.", wantEvent{graph.Accuse, []string{"BO"}, []string{"PE"}}},
		{"attacked a policy", "Peruvian President Alan Garcia attacked Chile's policy on fishing.", wantEvent{graph.Accuse, []string{"person/alan-garcia"}, []string{"CL"}}},
		{"attacked the decision", "Evo Morales attacked the decision by Brazil to raise gas prices.", wantEvent{graph.Accuse, []string{"person/evo-morales"}, []string{"BR"}}},
		{"attacked the remarks", "Venezuela attacked the remarks of the United States ambassador.", wantEvent{graph.Accuse, []string{"VE"}, []string{"US"}}},
		{"attacked a person's comments", "Hugo Chavez attacked George W. Bush's comments on Cuba.", wantEvent{graph.Accuse, []string{"VE"}, []string{"US"}}},
		{"attacked a state's decision", "Russia attacked the Georgian government's decision to join NATO.", wantEvent{graph.Accuse, []string{"RU"}, []string{"GE"}}},
		{"over his comments", "Hugo Chavez attacked George W. Bush over his comments on Cuba.", wantEvent{graph.Accuse, []string{"VE"}, []string{"US"}}},
		{"for doing", "Venezuela attacked Colombia for allowing American bases.", wantEvent{graph.Accuse, []string{"VE"}, []string{"CO"}}},
		{"attacking the handling", "Greek opposition leader George Papandreou attacked the government over its handling of the fires.", wantEvent{graph.Accuse, []string{"person/george-papandreou"}, []string{"GR"}}},
		{"scathing attack", "Hugo Chavez launched a scathing attack on George W. Bush.", wantEvent{graph.Accuse, []string{"VE"}, []string{"US"}}},
		{"attack on a village stays force", "Sudan attacked a village in Chad.", wantEvent{graph.Assault, []string{"SD"}, []string{"TD"}}},
		{"attack with rockets stays force", "Russia attacked Georgia with rockets.", wantEvent{graph.Assault, []string{"RU"}, []string{"GE"}}},
		{"attack on troops stays force", "Iraqi militants attacked American troops in Baghdad.", wantEvent{graph.Assault, []string{"IQ"}, []string{"US"}}},
		{"attack on positions stays force", "Israel attacked Hezbollah positions in Lebanon.", wantEvent{graph.Assault, []string{"IL"}, []string{"org/hezbollah"}}},
		{"attack over the border stays force", "Syria attacked Israel over the border.", wantEvent{graph.Assault, []string{"SY"}, []string{"IL"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "")
			if ev, got := findEvent(ex, tt.want); ev == nil {
				t.Errorf("no %s %v → %v; got %s", tt.want.typ, tt.want.actors, tt.want.targets, got)
			}
		})
	}
	checkRejects(t, []reject{
		{"policy attack is not force", "Peruvian President Alan Garcia attacked Chile's policy on fishing.", graph.Assault},
		{"remarks attack is not force", "Hugo Chavez attacked George W. Bush's comments on Cuba.", graph.Assault},
		{"government attack is not force", "Greek opposition leader George Papandreou attacked the government over its handling of the fires.", graph.Assault},
		{"convoy attack is not criticism", "Sudan attacked a convoy of Chad's army.", graph.Accuse},
		{"government troops are force", "Sudan attacked Chad's government troops near the border.", graph.Accuse},
		{"government buildings are force", "Insurgents from Syria attacked Iraqi government buildings in Mosul.", graph.Accuse},
	})
}

// TestDomesticRequest checks that a request from inside a country ("the
// opposition asked the government") does not go to the foreign state the
// sentences before name.
func TestDomesticRequest(t *testing.T) {
	foreign := []struct {
		name, body, not string
	}{
		{"opposition leader", "Cambodia signed a deal with Thailand on Monday. Thailand praised the deal. Opposition leader Sam Rainsy asked the government to cancel it.", "TH"},
		{"opposition party", "Cambodia signed a deal with Thailand on Monday. Thailand praised the deal. The opposition Sam Rainsy Party asked the government to cancel it.", "TH"},
		{"lawmakers", "Cambodia signed a deal with Thailand on Monday. Thailand praised the deal. Opposition lawmakers urged the government to cancel it.", "TH"},
	}
	for _, tt := range foreign {
		t.Run(tt.name, func(t *testing.T) {
			for _, ev := range extractBody(t, tt.body, "").Events {
				if ev.Type == graph.Request && slices.Contains(ids(ev.Targets), tt.not) {
					t.Errorf("domestic request went abroad: %s [%s]", ev.Label, ev.Claims[0].Rule)
				}
			}
		})
	}
	kept := []struct {
		name string
		body string
		want wantEvent
	}{
		{"state asks a state", "Ukraine asked Russia to resume gas deliveries.", wantEvent{graph.Request, []string{"UA"}, []string{"RU"}}},
		{"opposition names its government", "Thailand signed a deal with Cambodia on Monday. Thailand praised the deal. In Cambodia, the opposition Sam Rainsy Party asked the government to cancel it.", wantEvent{graph.Request, []string{"org/sam-rainsy-party"}, []string{"KH"}}},
		{"opposition of a named state", "Thailand signed a deal with Cambodia on Monday. Cambodia's opposition Sam Rainsy Party asked the government to cancel it.", wantEvent{graph.Request, []string{"org/sam-rainsy-party"}, []string{"KH"}}},
		{"envoy asks a foreign government", "Sudan rejected the plan. Sudan said it was unfair. UN chief Kofi Annan urged the government to allow peacekeepers.", wantEvent{graph.Request, []string{"person/kofi-annan"}, []string{"SD"}}},
		{"opposition asks a foreign state by name", "Thai opposition leader Abhisit Vejjajiva urged Cambodia to withdraw its troops.", wantEvent{graph.Request, []string{"person/abhisit-vejjajiva"}, []string{"KH"}}},
	}
	for _, tt := range kept {
		t.Run(tt.name, func(t *testing.T) {
			if ev, got := findEvent(extractBody(t, tt.body, ""), tt.want); ev == nil {
				t.Errorf("no %s %v → %v; got %s", tt.want.typ, tt.want.actors, tt.want.targets, got)
			}
		})
	}
}

// TestArmedGroupFires checks that the group before militants, fighters or
// troops fires, and that "into/at/on" a place gives the target state.
func TestArmedGroupFires(t *testing.T) {
	tests := []struct {
		name string
		body string
		want wantEvent
	}{
		{"group militants into a region", "Hezbollah militants fired rockets into northern Israel.", wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}},
		{"weapon beyond the window", "Hezbollah militants fired more than 100 rockets into northern Israel.", wantEvent{graph.Assault, []string{"org/hezbollah"}, []string{"IL"}}},
		{"at a city", "Militants from Hamas fired rockets at Sderot.", wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}},
		{"militants of", "The militants of Hamas fired mortars into Israel.", wantEvent{graph.Assault, []string{"org/hamas"}, []string{"IL"}}},
		{"fighters of", "Fighters of the Taliban fired rockets at Kabul.", wantEvent{graph.Assault, []string{"org/taliban"}, []string{"AF"}}},
		{"fired on", "Guerrillas of the FARC fired on a Colombian army patrol.", wantEvent{graph.Assault, []string{"org/revolutionary-armed-forces-of-colombia"}, []string{"CO"}}},
		{"troops fired on", "Israeli troops fired on Palestinian protesters in Gaza.", wantEvent{graph.Assault, []string{"IL"}, []string{"PS"}}},
		{"demonym and adjective", "Irish nationalist guerrillas wounded two British soldiers.", wantEvent{graph.Assault, []string{"IE"}, []string{"GB"}}},
		{"passive fired on", "A Chinese ship was fired on by a Russian cruiser.", wantEvent{graph.Assault, []string{"RU"}, []string{"CN"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ev, got := findEvent(extractBody(t, tt.body, ""), tt.want); ev == nil {
				t.Errorf("no %s %v → %v; got %s", tt.want.typ, tt.want.actors, tt.want.targets, got)
			}
		})
	}
	checkRejects(t, []reject{
		{"fired on a day", "Israel fired on Monday its top general.", graph.Assault},
		{"fired a minister", "Brazil's president fired the minister on Monday after a row with Chile.", graph.Assault},
		{"pledge to fire", "Bush refused to renew his pledge to fire any official involved, Canada said.", graph.Assault},
		{"unnamed militants are not the speaker", "Nasser Yousef claims militants opened fire on Egyptian troops.", graph.Assault},
		{"launched into a speech", "Hugo Chavez launched into a speech on Colombia.", graph.Assault},
	})
}

// TestDefiniteReferences checks that "the rebels", a bare title ("the
// minister") and "his counterpart" stand for the one group or person
// named earlier that fits, and for no one when none or several fit.
func TestDefiniteReferences(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
	}{
		{"the militants are the armed group last named", "Hezbollah fighters crossed the border on Monday. Israel condemned the militants.",
			wantEvent{graph.Accuse, []string{"IL"}, []string{"org/hezbollah"}}},
		{"the rebels are a group named by rule", "Shona rebels seized the town on Monday. Kenya condemned the rebels.",
			wantEvent{graph.Accuse, []string{"KE"}, []string{"org/shona-rebels"}}},
		{"the minister is the one minister named", "Peruvian Foreign Minister Ana Rosa Quispe arrived in Lima. Chile criticised the minister.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"person/ana-rosa-quispe"}}},
		{"the president is the one president named", "Chilean President Marta Soto met Ana Rosa Quispe. Bolivia condemned the president on Monday.",
			wantEvent{graph.Accuse, []string{"BO"}, []string{"person/marta-soto"}}},
		{"his counterpart is the one person of another country", "Peruvian Foreign Minister Ana Rosa Quispe met Chilean Foreign Minister Jorge Vidal in Lima. Quispe urged her counterpart to release the fishermen.",
			wantEvent{graph.Request, []string{"person/ana-rosa-quispe"}, []string{"person/jorge-vidal"}}},
		{"her Chilean counterpart", "Peruvian Foreign Minister Ana Rosa Quispe met Chilean Foreign Minister Jorge Vidal and Bolivian envoy Juan Mamani. Quispe urged her Chilean counterpart to release the fishermen.",
			wantEvent{graph.Request, []string{"person/ana-rosa-quispe"}, []string{"person/jorge-vidal"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, "")
			if ev, got := findEvent(ex, tc.want); ev == nil {
				t.Fatalf("no %s %v → %v; got %s", tc.want.typ, tc.want.actors, tc.want.targets, got)
			}
		})
	}
	// Negatives: no event may have one of forbid among its actors or targets.
	negatives := []struct {
		name, body string
		forbid     []string
	}{
		{"two armed groups named together", "Hamas and Hezbollah fighters crossed the border. Israel condemned the militants.",
			[]string{"org/hamas", "org/hezbollah"}},
		{"qualified rebels", "Hezbollah fighters crossed the border. Israel condemned the Kurdish rebels.", []string{"org/hezbollah"}},
		{"two presidents", "Chilean President Marta Soto met Peruvian President Luis Rojas. Bolivia condemned the president.",
			[]string{"person/marta-soto", "person/luis-rojas"}},
		{"a title of someone else", "Peruvian Foreign Minister Ana Rosa Quispe arrived in Lima. Chile criticised the minister of justice.",
			[]string{"person/ana-rosa-quispe"}},
		{"a president no one named", "Peruvian Foreign Minister Ana Rosa Quispe arrived in Lima. Chile criticised the president.",
			[]string{"person/ana-rosa-quispe"}},
		{"titles joined", "Chilean President Marta Soto arrived in Lima. Bolivia condemned the president and prime minister.",
			[]string{"person/marta-soto"}},
		{"two counterparts", "Peruvian Foreign Minister Ana Rosa Quispe met Chilean Foreign Minister Jorge Vidal and Bolivian envoy Juan Mamani. Quispe urged her counterpart to release the fishermen.",
			[]string{"person/jorge-vidal", "person/juan-mamani"}},
	}
	for _, tc := range negatives {
		t.Run(tc.name, func(t *testing.T) {
			ex := extractBody(t, tc.body, "")
			for _, ev := range ex.Events {
				if ev.Type == graph.Consult {
					continue
				}
				for _, id := range tc.forbid {
					if slices.Contains(ids(ev.Actors), id) || slices.Contains(ids(ev.Targets), id) {
						t.Errorf("unexpected %s (%s)", ev.Label, ev.Claims[0].Rule)
					}
				}
			}
		})
	}
}

// ruleCase is a sentence that must yield want, with status, by a claim of
// rule.
type ruleCase struct {
	name, body string
	want       wantEvent
	status     graph.Status
	rule       string
}

// checkRuleCases extracts each case's sentence as published on published
// and checks the event findEvent gives for its want, its status, and that
// one of its claims is the case's rule's.
func checkRuleCases(t *testing.T, published string, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ev := mustFindEvent(t, tc.body, published, tc.want)
			if ev.Status != tc.status {
				t.Errorf("status %s, want %s", ev.Status, tc.status)
			}
			if !hasClaimRule(ev, tc.rule) {
				t.Errorf("no claim by %s: %v", tc.rule, ev.Claims)
			}
		})
	}
}

// checkNoParty fails for every event of body, published on published,
// that has id among its actors (or, with targets set, its targets).
func checkNoParty(t *testing.T, published, body, id string, targets bool) {
	t.Helper()
	for _, ev := range extractBody(t, body, published).Events {
		parties, role := ev.Actors, "an actor"
		if targets {
			parties, role = ev.Targets, "a target"
		}
		if slices.ContainsFunc(parties, func(e *graph.Entity) bool { return e.ID == id }) {
			t.Errorf("%q: %s is %s of %s", body, id, role, ev.Label)
		}
	}
}

// hasClaimRule reports a claim of ev made by the named rule.
func hasClaimRule(ev *graph.Event, rule string) bool {
	for _, c := range ev.Claims {
		if c.Rule == rule {
			return true
		}
	}
	return false
}
