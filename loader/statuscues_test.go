package loader

import (
	"slices"
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestStatusCues checks the status readings of statuscues.go on
// sentences of each construction: a cue in a comma-bounded relative
// clause, a sentence-wide hedge that only names a topic, an event noun
// with its own past verb, a participle a condition presupposes, an
// inverted condition, hearsay and an act no evidence or decision grounds.
func TestStatusCues(t *testing.T) {
	tests := []eventCase{
		{"cue in a relative clause", "Chile, which said the border would stay closed, condemned Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"cue in a person's relative clause", "Chilean President Marco Bellini, who will retire soon, has accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"person/marco-bellini", "CL"}, []string{"PE"}}, graph.Reported, false},
		{"cue in the main clause still counts", "Chile, which closed the border, will condemn Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"a hedged reduced relative qualifies the patient", "Six men allegedly linked to Chile were arrested by Peru.",
			wantEvent{graph.Coerce, []string{"PE"}, []string{"CL"}}, graph.Reported, false},
		{"a hedged adjective qualifies the patient", "Three suspected Chilean spies were arrested by Peru.",
			wantEvent{graph.Coerce, []string{"PE"}, []string{"CL"}}, graph.Reported, false},
		{"a hedged act stays hedged", "Chile allegedly attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"a hedged actor stays hedged", "Suspected Chilean rebels attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"allegations as a topic", "The allegations came from a Chilean officer, and Chile accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"allegations with their complement", "There were allegations that Chile had attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"speculation with a later that", "Speculation has grown for weeks that Chile attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"a participle a condition presupposes", "Bolivia will close its embassy if the Chilean sailors being detained by Peru are not released.",
			wantEvent{graph.Coerce, []string{"PE"}, []string{"CL"}}, graph.Reported, false},
		{"an inverted condition with were", "Were Chile to attack Peru, Bolivia would close its border.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"an inverted condition with should", "Should Chile attack Peru, Bolivia would close its border.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"hearsay", "Reports from a Bolivian newspaper say that Chile has sent troops into Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"media hearsay", "Media reports suggested that Chile attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"no evidence that", "Investigators found no evidence that Chile had attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"no decision on", "Chile has made no decision on withdrawing its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"no indication that", "There is no indication that Chile will attack Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"a decision taken", "Chile has made a decision to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"a named source is no hearsay", "Reuters reported that Chile attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestNounPastPredicate checks that an event noun followed by its own
// past verb reads as reported, and that a reduced relative, a fate or a
// plan after it does not.
func TestNounPastPredicate(t *testing.T) {
	tests := []struct {
		sentence string
		noun     string
		want     bool
	}{
		{"The skirmishes between the Chilean commandos and Peruvian fighters lasted several hours.", "skirmishes", true},
		{"The attack on the convoy killed ten soldiers.", "attack", true},
		{"The talks sponsored by Egypt resumed.", "talks", false},
		{"The visit of the newly elected president was postponed.", "visit", false},
		{"The summit planned for May will be held in Paris.", "summit", false},
		{"The talks with Peru will continue.", "talks", false},
		{"Announcement of this visit was made by Chile.", "visit", false},
		{"News of the attack spread quickly.", "attack", false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.sentence, 0, len(tt.sentence))
		t0 := -1
		for i, tk := range toks {
			if tk.norm == tt.noun {
				t0 = i
				break
			}
		}
		if t0 < 0 {
			t.Fatalf("%q: no %q", tt.sentence, tt.noun)
		}
		if got := nounPastPredicate(toks, t0); got != tt.want {
			t.Errorf("%q: nounPastPredicate = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestRankedAndCausedStatus checks the status readings: an
// infinitive after a rank of doers is a deed done, unless a modal puts
// the rank ahead or the rank is of a way or a right; a causative under
// a modal of doubt makes its outcome a supposition; "soon" before a
// past verb is no plan.
func TestRankedAndCausedStatus(t *testing.T) {
	tests := []eventCase{
		{"the first country to", "Chile was the first country to recognize Bolivia.",
			wantEvent{graph.Support, []string{"CL"}, []string{"BO"}}, graph.Reported, false},
		{"the last leader to", "Chilean President Marco Bellini was the last Chilean leader to visit Peru.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"one of the first, with a parenthesis", "Chile was one of the first states, with Bolivia, to condemn Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"a rank still to come", "Chile will become the first country to recognize Bolivia.",
			wantEvent{graph.Support, []string{"CL"}, []string{"BO"}}, graph.Planned, false},
		{"a rank of the willing", "Chile was the only country willing to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"a doubtful causative", "The vote could force Chile to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"a doubtful causative's second infinitive", "Sanctions might cause Chile to close its border and to expel Peru's ambassador.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"soon before a past verb", "The summit began calmly, but it soon descended into verbal attacks between Chile and Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"soon as a plan", "Chile will soon withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestContinuationAndRelativeCues checks the readings of the seventh status
// and date audit (statuscues.go's continuationStatus and refusedInfinitive,
// datecues.go's relativeClauseCue) on sentences of
// each construction, each with a contrast case (published 2006-07-18, a
// Tuesday).
func TestContinuationAndRelativeCues(t *testing.T) {
	tests := []statusDateCase{
		{"continues to", "Chilean troops continue to occupy Peruvian territory.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"continued to", "Chile continued to oppose Peru at the talks.",
			wantEvent{graph.Reject, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"could continue to", "Chilean troops could continue to occupy Peruvian territory.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Speculated, ""},
		{"plans to occupy stays planned", "Chile plans to occupy Peruvian territory.",
			wantEvent{graph.Coerce, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"has yet to", "Chile has yet to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Denied, ""},
		{"has agreed to stays planned", "Chile has agreed to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"decided not to", "Chile has decided not to send troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Denied, ""},
		{"hard not to stays planned", "It would be hard for Chile not to send troops to Peru.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
		{"a relative clause with that", "Peru accused Chile of killing ten fishermen in an incident that took place on Sunday.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, ""},
		{"a relative clause with a pronoun", "Peru called for the release of two soldiers it captured on Sunday.",
			wantEvent{graph.Request, []string{"PE"}, nil}, graph.Reported, ""},
		{"the cue in the main clause", "Peru accused Chile of killing ten fishermen on Sunday.",
			wantEvent{graph.Accuse, []string{"PE"}, []string{"CL"}}, graph.Reported, "2006-07-16"},
		{"a relative clause on a meeting noun", "The Chilean president will meet Peru at the summit that begins on Monday.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Planned, "2006-07-24"},
		{"a speculation reported on a day", "Chile stated on Sunday that if Bolivia imposed sanctions on Peru, it would respond.",
			wantEvent{graph.Sanction, []string{"BO"}, []string{"PE"}}, graph.Speculated, ""},
		{"a reported act keeps the day", "Chile stated on Sunday that Bolivia imposed sanctions on Peru.",
			wantEvent{graph.Sanction, []string{"BO"}, []string{"PE"}}, graph.Reported, "2006-07-16"},
	}
	checkStatusDates(t, "2006-07-18", tests)
}

// TestBeginForms checks that an infinitive after "begin" or "start" has
// got under way, and takes a weekday from before publication, while one
// after "will begin" stays a plan (published 2006-07-18, a Tuesday).
func TestBeginForms(t *testing.T) {
	tests := []statusDateCase{
		{"has begun to", "Chile has begun to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"began to on a weekday", "Chile began to withdraw its troops from Peru on Monday.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Reported, "2006-07-17"},
		{"is starting to", "Chilean forces are starting to attack Peruvian positions.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, ""},
		{"will begin to stays planned", "Chile will begin to withdraw its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, ""},
	}
	checkStatusDates(t, "2006-07-18", tests)
}

// TestAnticipatedAndProposedActs checks the readings of a second audit on
// unannotated news: an event noun a phrase puts the clause's act ahead of
// ("ahead of their deployment") is planned, a gerund a verb of proposing
// governs ("suggested withdrawing") or an aspect verb in an infinitive
// carries ("willing to begin withdrawing") is planned, and a negated rank ("was
// not the only country to") still states a deed; each with a contrast.
func TestAnticipatedAndProposedActs(t *testing.T) {
	tests := []eventCase{
		{"ahead of a possessed deployment", "Hundreds of Chilean soldiers gathered in Santiago ahead of their deployment to Haiti.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"HT"}}, graph.Planned, false},
		{"ahead of a visit", "Protesters gathered in Lima ahead of the Chilean president's visit to Peru.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"in anticipation of a withdrawal", "Bolivian students marched in La Paz in anticipation of the Chilean withdrawal from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"another phrase after the anticipated noun", "Peruvian workers demonstrated in Lima in advance of the summit in a rally against Chile.",
			wantEvent{graph.Protest, []string{"PE"}, []string{"CL"}}, graph.Reported, false},
		{"a year in the phrase", "Chile sent troops to Haiti ahead of the 2004 elections.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"HT"}}, graph.Reported, false},
		{"proposed sending", "Chile proposed sending troops to Haiti.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"HT"}}, graph.Planned, false},
		{"suggested withdrawing", "Chile suggested withdrawing its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"recommended imposing", "Chile recommended imposing sanctions on Peru.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"a proposal promised", "Chile promised to propose sending troops to Haiti.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"HT"}}, graph.Planned, false},
		{"a gerund without a proposal", "Chile began sending troops to Haiti.",
			wantEvent{graph.Mobilize, []string{"CL"}, []string{"HT"}}, graph.Reported, false},
		{"willing to begin", "Chile is willing to begin withdrawing its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"agreed to start", "Chile agreed to start withdrawing its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"began withdrawing stays a deed", "Chile began withdrawing its troops from Peru.",
			wantEvent{graph.Retreat, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"not the only country to", "Chile was not the only country to recognize Bolivia.",
			wantEvent{graph.Support, []string{"CL"}, []string{"BO"}}, graph.Reported, false},
		{"not the first country to", "Chile was not the first country to condemn Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestWireStatusCues checks the readings taken from wire copy: "not only"
// adds rather than denies, a modal after a word of guessing speculates,
// "unwilling to" denies, a
// yes-no question asserts no act its verb states, and a meeting noun takes
// the plan of the verb that attends it or of "on the eve of".
func TestWireStatusCues(t *testing.T) {
	tests := []eventCase{
		{"not only ... but also", "Chile not only condemned Peru but also closed its border.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"not merely", "Chile not merely condemned Peru; it recalled its envoy.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"a plain not still denies", "Chile did not condemn Peru.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Denied, false},
		{"predicted that ... would", "Analysts predicted that Chile would attack Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"confident that ... will", "Diplomats are confident that Chile will sign a treaty with Peru.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"said it would stays a plan", "Chile said it would sign a treaty with Peru.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"speculation that ... will", "There has been speculation that Chile will attack Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"unwilling to", "Chile is unwilling to provide aid to Peru.",
			wantEvent{graph.Aid, []string{"CL"}, []string{"PE"}}, graph.Denied, false},
		{"a yes-no question", "Will Chile attack Peru?",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"a quoted yes-no question", "\"Is Chile ready to attack Peru?\" he asked.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"will attend talks named by their parties", "The Bolivian minister will also attend Chilean and Peruvian talks.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"attended talks", "The minister attended the Chile-Peru talks.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"to attend after a done act", "The minister flew to Lima to attend the Chile-Peru talks.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"on the eve of a summit", "The announcement came on the eve of the Chile-Peru summit.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestStatusCuesFourthAudit checks the readings of the fourth status
// audit, each with a sentence the reading must leave alone: an act asked
// about in a "whether" clause, a forecast of how likely an act is, a past
// perfect beside a date ahead of publication, a meeting attended in a
// purpose a future clause sets, and a subject that denies the act.
func TestStatusCuesFourthAudit(t *testing.T) {
	tests := []eventCase{
		{"whether clause", "There was confusion about whether Chile supported Peru.",
			wantEvent{graph.Support, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"whether with a past perfect", "The spokesman did not comment on whether Chile had attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"no whether", "The spokesman said Chile had attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"whether to: an option on the table", "Chile will vote on whether to impose sanctions on Peru.",
			wantEvent{graph.Sanction, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"concessive whether or", "Whether or not Lima agrees, Chile has attacked Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"unlikely that", "It is unlikely that Chile will attack Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"would probably", "Officials said Chile would probably attack Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Speculated, false},
		{"a plain forecast stays planned", "Officials said Chile would attack Peru.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"a hedge that closes its clause", "Ratification is unlikely, since Chile condemned Peru on Monday.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"past perfect beside a later date", "Officials said Chile and Peru had held two rounds of talks on a pact due to expire at the end of 2007.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"a future talk beside a later date", "Officials said Chile and Peru will hold talks on a pact due to expire at the end of 2007.",
			wantEvent{graph.Consult, []string{"CL"}, []string{"PE"}}, graph.Planned, false},
		{"none as subject", "So far, none of the Peruvian ships have been attacked by Chile.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Denied, false},
		{"none as subject of a reported clause", "Lima said that none of the Peruvian ships have been attacked by Chile.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Denied, false},
		{"none as object", "Chile attacked Peru, and none of the Peruvian ships escaped.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"some as subject", "So far, some of the Peruvian ships have been attacked by Chile.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"none before a relative clause of its own", "None of the Chilean units that attacked Peru on Monday has been disbanded.",
			wantEvent{graph.Assault, []string{"CL"}, []string{"PE"}}, graph.Reported, false},
		{"nobody as subject", "Nobody in Chile has accused Peru of spying.",
			wantEvent{graph.Accuse, []string{"CL"}, []string{"PE"}}, graph.Denied, false},
	}
	checkEvents(t, "2006-07-18", tests)
}

// TestAttendingVerbPurpose checks that a meeting attended in an
// infinitive of purpose takes its status from the clause the purpose
// closes only when a future cue stands there.
func TestAttendingVerbPurpose(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool // the meeting noun reads the attending verb's status
	}{
		{"Kim would leave for Washington on Monday to attend the Andean Committee meeting.", true},
		{"Kim will fly to Rome to attend the Andean Committee meeting.", true},
		{"Kim is expected in Rome to attend the Andean Committee meeting.", true},
		{"Kim flew to Rome last week to attend the Andean Committee meeting.", false},
		{"Kim said he would resign, and flew to Rome to attend the Andean Committee meeting.", false},
	}
	for _, tt := range tests {
		toks := tokenize(tt.sentence, 0, len(tt.sentence))
		meeting := slices.IndexFunc(toks, func(tk token) bool { return tk.norm == "meeting" })
		if got := attendingVerb(toks, meeting) >= 0; got != tt.want {
			t.Errorf("%q: attendingVerb found = %v, want %v", tt.sentence, got, tt.want)
		}
	}
}

// TestSeemingDisposition checks sentences, made up for the test, in which
// a party only seems or appears ready to act: speculated; and that a
// readiness stated outright stays reported.
func TestSeemingDisposition(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "seems prepared", body: "The Chinese government seems prepared to accept a Japanese proposal on the gas fields.",
			want: wantEvent{typ: graph.Agree, actors: []string{"CN"}, targets: []string{"JP"}}, status: graph.Speculated},
		{name: "appears ready", body: "Bankers said Brazil appears ready to compromise with the IMF on its debt.",
			want: wantEvent{typ: graph.Agree, actors: []string{"BR"}, targets: []string{"org/international-monetary-fund"}}, status: graph.Speculated},
		{name: "stated", body: "Bankers said Brazil is ready to compromise with the IMF on its debt.",
			want: wantEvent{typ: graph.Agree, actors: []string{"BR"}, targets: []string{"org/international-monetary-fund"}}, status: graph.Reported},
	})
}
