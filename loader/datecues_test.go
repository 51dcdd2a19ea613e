package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestCueScope checks that a planned act does not take the date of the
// past report of its plan, that a cue after an event noun and its object
// dates the noun, not the verb before it, that a clause after a reported
// act that puts its own date ahead does not date the act, and that
// "earlier in the day" and "N weeks earlier" count from the story's day:
// the last day the article gave, or publication before any (2006-07-18, a
// Tuesday).
func TestCueScope(t *testing.T) {
	tests := []dateCase{
		{"verb, object, day", "The Chilean government notified Congress Monday of its intention to visit Peru.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, ""},
		{"calendar day of a report", "On July 10, Chile had sent a letter saying that it planned to visit Peru.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, ""},
		{"the plan's own day", "Chile said it will visit Peru on July 20.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, "2006-07-20"},
		{"earlier in the day, no day given", "Earlier in the day, Chile accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-18"},
		{"later in the day after a day given", "Chile met Peru on Monday. Later in the day, Chile accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"weeks earlier, no day given", "Peru had been accused two weeks earlier by Chile of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07"},
		{"a nominal's own cue", "Chile attacked Peru to capture a man responsible for the killing of a Chilean minister five years ago.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, ""},
		{"the verb's own cue", "Chile attacked Peru in 2003.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, "2003"},
		{"a clause ahead is not the reported act's", "Chile has invited Peru to talks, which will begin on Friday.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, ""},
		{"the occasion's own clause", "Chile met Peru at the summit, which began on Monday.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"a relative clause's own cue", "Chilean President Marco Bellini, who arrived in Lima on Monday, accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"person/marco-bellini", "CL"}, []string{"PE"}}, ""},
		{"the verb's cue after a relative clause", "Chile, which was invaded in 2003, accused Peru of spying on Monday.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"a targetless verb's cue in its own clause", "Chilean police detained dozens of protesters in separate incidents in the capital in September 2003.",
			wantEvent{graph.Coerce, []string{"CL"}, nil}, "2003-09"},
		{"a gerund's cue", "Chilean police detained dozens of protesters trying to reach the old presidential palace in September 2003.",
			wantEvent{graph.Coerce, []string{"CL"}, nil}, ""},
		{"a noun in a purpose's object", "Chilean officers will meet Peruvian officials on Monday to discuss a Chilean attack on Bolivia.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"BO"}}, ""},
		{"a noun a protest is against", "Chilean lawmakers gathered on Monday to protest the invasion of Bolivia by Peru.",
			wantEvent{graph.Assault, []string{"PE"}, []string{"BO"}}, ""},
		{"a noun a purpose takes part in", "Chilean officials travelled to Lima on Monday to attend talks with Peru.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"later that day needs a day given", "Later that day, Chile accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, ""},
	}
	checkDates(t, "2006-07-18", tests)
}

// TestOtherActsCues checks that a cue in a "for" phrase giving a cause, a cue
// after a noun and its participle, and a cue before a verb of saying that
// reports a past-perfect act do not date the event, while the event's own
// cue still does (published 2006-07-18, a Tuesday).
func TestOtherActsCues(t *testing.T) {
	tests := []dateCase{
		{"a cause's cue", "Chile blamed Peru for the bombing last month.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, ""},
		{"a cause's calendar day", "Chile praised Peru for the peaceful election on July 9.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, ""},
		{"the verb's own cue before the cause", "Chile blamed Peru on Monday for the bombing.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"a phrasal for keeps the cue", "Chile called for talks with Peru on Monday.",
			wantEvent{graph.Request, []string{"CL"}, nil}, "2006-07-17"},
		{"a participle's cue", "Chile accused Peru of violating an accord signed last year.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, ""},
		{"a participle's day with a preposition", "Chile rejected Peru's demand to cancel the vote scheduled for Friday.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, ""},
		{"a statement the act is made in", "Chile denied the charges by Peru in a statement issued on Monday.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"a claim of responsibility keeps the cue", "The Shining Path claimed responsibility for the attack on Peru on Monday.",
			wantEvent{graph.Assault, nil, []string{"PE"}}, "2006-07-17"},
		{"the participle's own noun", "Chile signed the treaty with Peru in 2003.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, "2003"},
		{"a past perfect after saying", "On Monday, Chile announced that Chilean troops had attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, ""},
		{"a commitment made known keeps the cue", "On Monday, Chile announced that it had agreed to withdraw from Peru.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
		{"a simple past after saying keeps the cue", "On Monday, Chile said Chilean troops attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, "2006-07-17"},
	}
	checkDates(t, "2006-07-18", tests)
}

// TestPurposeAndCitedCues checks that a cue in a phrase of purpose, after a gerund
// that cites something, or after a noun of occurrence and its "of" phrase
// does not date the event, while the event's own cue still does
// (published 2006-07-18, a Tuesday).
func TestPurposeAndCitedCues(t *testing.T) {
	tests := []struct {
		name, body string
		want       wantEvent
		date       string
		status     graph.Status
	}{
		{"a purpose's cue", "Chilean President Michelle Bachelet is mediating talks between Peru's ruling party and the opposition in an effort to bring free elections next year.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"a bid's cue", "Chile accused Peru in a bid to delay the vote until March.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"the verb's own cue before the purpose", "Chile accused Peru on Monday in order to delay the vote.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-17", graph.Reported},
		{"a cited agreement's day", "Chile urged Peru to withdraw its troops, mentioning an accord Peru made on July 3.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"a death's month", "Chile is investigating Peru over the death of a Chilean diplomat in March 2005.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"a modified event noun's day", "Chile asked Peru to convene the first meeting of the commission on June 6.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, "", graph.Reported},
		{"a murder's year in a claim", "Chile rejected claims that it had been involved in the murder of Peru's ambassador in 1983.",
			wantEvent{graph.Reject, []string{"CL"}, nil}, "", graph.Reported},
		{"the verb's own cue after its object", "Chile accused Peru of spying on Monday.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, "2006-07-17", graph.Reported},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ev := mustFindEvent(t, tt.body, "2006-07-18", tt.want)
			if ev.Date != tt.date || ev.Status != tt.status {
				t.Errorf("%s: date %q status %s, want %q %s", ev.Label, ev.Date, ev.Status, tt.date, tt.status)
			}
		})
	}
}

// TestOccasionEvent checks that an invasion named in the sentence after a
// dated act with the same parties does not take that act's date; a
// meeting still does (complements_test.go, "the occasion of the sentence
// before").
func TestOccasionEvent(t *testing.T) {
	body := "Chile accused Peru on Monday of spying. Resentment runs high after Chile's invasion of Peru."
	ev := mustFindEvent(t, body, "2006-07-18", wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}})
	if ev.Date != "" {
		t.Errorf("%s: date %q, want none", ev.Label, ev.Date)
	}
}

// TestMonthOfYear checks that "in April of 2005" dates the event to that
// month of that year, not to the April nearest the publication date.
func TestMonthOfYear(t *testing.T) {
	ev := mustFindEvent(t, "Peru invaded Ecuador in April of 2005.", "2006-07-18", wantEvent{graph.Assault, []string{"PE"}, []string{"EC"}})
	if ev.Date != "2005-04" || ev.Precision != graph.Month {
		t.Errorf("%s: date %s (%s), want 2005-04 (month)", ev.Label, ev.Date, ev.Precision)
	}
}

// TestDateOfAnotherNoun checks that a date qualifying a noun after the
// trigger ("a November 10 agreement", "Friday's attack") dates that
// noun's event, not the trigger's, unless a preposition makes the noun the
// occasion of the act or the date is today.
func TestDateOfAnotherNoun(t *testing.T) {
	for _, tt := range []struct {
		body string
		want wantEvent
		date string
	}{
		{"Colombia accused Venezuela of breaking a November 10 agreement on the border.", wantEvent{graph.Accuse, []string{"CO"}, []string{"VE"}}, ""},
		{"Israel blamed Iran for Friday's attack on the tanker.", wantEvent{graph.Accuse, []string{"IL"}, []string{"IR"}}, ""},
		{"Germany criticised Russia for failing to honour a July 2006 pact on gas.", wantEvent{graph.Accuse, []string{"DE"}, []string{"RU"}}, ""},
		{"Germany criticised Russia at Tuesday's summit in Paris.", wantEvent{graph.Accuse, []string{"DE"}, []string{"RU"}}, "2007-11-20"},
		{"Japan criticised North Korea for today's missile launch.", wantEvent{graph.Accuse, []string{"JP"}, []string{"KP"}}, "2007-11-23"},
	} {
		ev := mustFindEvent(t, tt.body, "2007-11-23", tt.want)
		if ev.Date != tt.date {
			t.Errorf("%q: date %q, want %q", tt.body, ev.Date, tt.date)
		}
	}
}

// TestNounTakesItsOwnDate checks that an event noun is dated by the cue
// that closes its own phrase, not by a nearer cue of another phrase
// before it, and that a cue past another event noun is left to that noun.
func TestNounTakesItsOwnDate(t *testing.T) {
	ev := mustFindEvent(t, "The riots in March 1992 led to the withdrawal of Cuban troops from Angola in 1993.", "2006-07-18",
		wantEvent{graph.Retreat, []string{"CU"}, []string{"AO"}})
	if ev.Date != "1993" {
		t.Errorf("%s: date %q, want 1993 from the noun's own phrase", ev.Label, ev.Date)
	}
	toks := tokenize("The talks in May 2004 led to the withdrawal of troops since the ceasefire in 2005.", 0, 81)
	cues := findDateCues(toks)
	withdrawal := 8
	if toks[withdrawal].norm != "withdrawal" || len(cues) != 2 {
		t.Fatalf("setup: token %q, %d cues", toks[withdrawal].norm, len(cues))
	}
	if got, _ := nounOwnCue(toks, cues, withdrawal, cues[0], true); got.first != cues[0].first {
		t.Errorf("a cue past another event noun taken by the first noun")
	}
}

// TestReadingsShareTheirDate gives every reading of one statement the date
// a verb's reading of it took, so that the statement is one dated event
// (published 2006-07-18, a Tuesday).
func TestReadingsShareTheirDate(t *testing.T) {
	tests := []struct {
		name, body string
		date       string
	}{
		{"a dated speech", "In a speech on Monday, Chilean President Michelle Bachelet warned that Peru will face serious consequences.", "2006-07-17"},
		{"no date given", "Chilean President Michelle Bachelet warned that Peru will face serious consequences.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ex := extractBody(t, tt.body, "2006-07-18")
			n := 0
			for _, ev := range ex.Events {
				if ev.Type != graph.Threaten {
					continue
				}
				n++
				if ev.Date != tt.date {
					t.Errorf("%s: date %q, want %q", ev.Label, ev.Date, tt.date)
				}
			}
			if n != 1 {
				t.Errorf("%d THREATEN events, want one", n)
			}
		})
	}
}

// TestReportedPlanAndDiscussedActCues checks that a cue dating the report
// of a plan ("by announcing", a name between cue and verb) or the
// discussion of an act ("to discuss plans to") does not date the planned
// act, and that the act read from a verb of blaming keeps the cue of its
// own phrase (published 2006-09-07, a Thursday).
func TestReportedPlanAndDiscussedActCues(t *testing.T) {
	tests := []statusDateCase{
		{"gerund of reporting", "Chilean President Marco Bellini surprised his party today by announcing that Chile will withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a long name before the report", "At a press conference on Wednesday, Chilean Defence Minister Marco Antonio Bellini said Chile would withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"the plan's own day", "Chile will withdraw its troops from Peru on Friday.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, "2006-09-08"},
		{"an act discussed", "Chilean officials will travel to Lima next month to discuss Chile's plans to pull its troops out of Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a coordinated act after a discussion", "On Monday, Chilean and Peruvian officials met to discuss border issues, and Chile agreed to withdraw its troops from Peru.",
			wantEvent{graph.Agree, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-09-04"},
		{"the act blamed, its own year", "Peruvian officials blamed Chile for the attack on Lima in 2004.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, "2004"},
		{"the act blamed, cue before its object", "Peru blamed Chile for the bombing last month of a market in Lima.",
			wantEvent{graph.Assault, []string{"CL"}, nil}, graph.Speculated, "2006-08"},
	}
	checkStatusDates(t, "2006-09-07", tests)
}

// TestCuesInTheirOwnSentence checks the fourth audit's fixes (2006-09-07,
// a Thursday): "Month, YYYY" is that month of that year; a planned act in
// an infinitive after a past verb, its object and a cue, a deadline after
// an infinitive, a cue in a "for" phrase of cause opened by a gerund and a
// cue in an indirect question do not date the event; a targetless verb
// reaches its cue across the commas of a list, and a targetless event noun
// takes the cue that ends its own phrase even when an event after the cue
// took it as the nearest; a cue set off by commas after the clause, and one
// closing a fronted phrase of place, date the clause.
func TestCuesInTheirOwnSentence(t *testing.T) {
	tests := []statusDateCase{
		{"month, comma, year", "Chile attacked Peru in October, 2002.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, "2002-10"},
		{"verb, object, cue, infinitive", "Chilean President Marco Bellini left Santiago yesterday to meet Peruvian President Jorge Salas.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"person/jorge-salas"}}, graph.Planned, ""},
		{"an arrival's purpose falls on its day", "Chilean President Marco Bellini arrived in Lima today to meet Peruvian President Jorge Salas.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"person/jorge-salas"}}, graph.Reported, "2006-09-07"}, // statusclauses.go: a journey made carries out its purpose
		{"a gerund of cause", "A Chilean court convicted Peruvian general Jorge Salas for attacking and burning a Chilean village in 1998.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"person/jorge-salas"}}, graph.Reported, ""},
		{"a deadline after an infinitive", "Chile signed a treaty with Peru to ensure that the border is open by 2010.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a question's own year", "Chile asked Peru whether the border could be reopened as it was in 2004.",
			wantEvent{graph.Request, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"a list before the cue", "Chilean police arrested dozens of students, teachers, miners and farmers in the capital on Monday.",
			wantEvent{graph.Coerce, []string{"CL"}, nil}, graph.Reported, "2006-09-04"},
		{"a targetless noun's phrase", "Thousands of Chileans joined a protest in the streets of central Santiago on Sunday to express opposition to Peru.",
			wantEvent{graph.Protest, []string{"CL"}, nil}, graph.Reported, "2006-09-03"},
		{"a cue set off by commas", "Chilean police detained dozens of protesters in the old quarter of the capital, Thursday morning, after a march.",
			wantEvent{graph.Coerce, []string{"CL"}, nil}, graph.Reported, "2006-09-07"},
		{"a fronted phrase of place", "Outside the presidential palace today, where thousands had gathered, Chilean police detained dozens of protesters.",
			wantEvent{graph.Coerce, []string{"CL"}, nil}, graph.Reported, "2006-09-07"},
		{"a fronted phrase of cause", "In response to the bombing on Monday, officers of the Chilean national police detained dozens of protesters.",
			wantEvent{graph.Coerce, []string{"CL"}, nil}, graph.Reported, ""},
	}
	checkStatusDates(t, "2006-09-07", tests)
}

// TestDateCueOpeners checks that dateCueAt finds a cue only at a digit or a
// word of dateCueOpeners, since findDateCues asks it nowhere else: a reader
// opening a cue with a new word must add the word there.
func TestDateCueOpeners(t *testing.T) {
	for _, text := range []string{
		"Today and tonight, yesterday and tomorrow they met over the weekend.",
		"Three days ago, a week ago and 2 years ago the talks stalled.",
		"The next day, the following week, the previous evening and the day before.",
		"Later that day, earlier that morning, the same day and two days later it ended.",
		"Earlier in the day, at the end of the year and the beginning of 2006 it rose.",
		"Last week, next month, this year, last Tuesday and on Monday they spoke.",
		"From April to June 2007, on April 9-12, 9-12 April and March 3, 2004 it held.",
		"In September, early May, in May, the 22nd of July and 2023-09-13 were named.",
		"In 2004 it signed a 1994 agreement; by 2010 the 5 March talks resumed.",
	} {
		toks := tokenize(text, 0, len(text))
		for i := range toks {
			if _, ok := dateCueAt(toks, i); ok && !toks[i].digit && !toks[i].is(classDateOpener) {
				t.Errorf("%q: a cue opens at %q, which is not in dateCueOpeners", text, toks[i].text)
			}
		}
	}
}
