package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestReportedWrongs checks that a wrong a source reports a party did is
// the source's accusation of that party, over the family of reportedWrongs:
// the verbs that report, the groups that name a party, the predicates of
// wrong, the passive and the fronted clause. Sentences made up for the
// test: the exact type, actors, targets and status.
func TestReportedWrongs(t *testing.T) {
	amnesty, hrw := "org/amnesty-international", "org/human-rights-watch"
	accuse := func(actor, target string) wantEvent {
		return wantEvent{graph.Accuse, []string{actor}, []string{target}}
	}
	tests := []eventCase{
		{"a party's forces committed a wrong", "Amnesty International said Peruvian forces had committed war crimes in Bolivia.",
			accuse(amnesty, "PE"), graph.Reported, true},
		{"a party's officials, a verb of finding", "Human Rights Watch found that Chilean officials had mistreated the migrants.",
			accuse(hrw, "CL"), graph.Reported, true},
		{"a state's government, a verb that is a wrong", "Amnesty International reported that the Peruvian government tortured dozens of students.",
			accuse(amnesty, "PE"), graph.Reported, true},
		{"a possessive party's group", "Human Rights Watch says Chile's security forces are abusing protesters.",
			accuse(hrw, "CL"), graph.Reported, true},
		{"a report named by its author", "An Amnesty International report stated that Bolivian police officers beat and tortured prisoners.",
			accuse(amnesty, "BO"), graph.Reported, true},
		{"a claim its subject confirms", "Human Rights Watch corroborated claims that Peru is involved in acts of violence in Bolivia.",
			accuse(hrw, "PE"), graph.Reported, true},
		{"a state of breach", "Chile said Peru was in breach of the border treaty.",
			accuse("CL", "PE"), graph.Reported, true},
		{"backing for wrongdoers", "Chilean officials say that Peru is arming insurgents in Bolivia.",
			accuse("CL", "PE"), graph.Reported, true},
		{"a party's share in a wrong", "Chile said that Peru's support for the militants must end.",
			accuse("CL", "PE"), graph.Reported, true},
		{"a passive with its doer", "Amnesty International said that the prisoners were abused by Bolivian guards.",
			accuse(amnesty, "BO"), graph.Reported, true},
		{"a passive wrong committed", "Human Rights Watch said that war crimes were committed by Peruvian troops.",
			accuse(hrw, "PE"), graph.Reported, true},
		{"a wrong covered up", "Chile told reporters that Peru had covered up the killings.",
			accuse("CL", "PE"), graph.Reported, true},
		{"a theft", "Bolivia said that Peruvian officials had embezzled the aid money.",
			accuse("BO", "PE"), graph.Reported, true},
		{"an attack masterminded", "Chile maintains that Peru orchestrated the border raids.",
			accuse("CL", "PE"), graph.Reported, true},
		{"a fronted wrong, its speaker after", "\"Peruvian soldiers have desecrated our shrines,\" said Amnesty International.",
			accuse(amnesty, "PE"), graph.Reported, true},
		{"a fronted wrong, according to its source", "Bolivian troops tortured the detainees, according to Human Rights Watch.",
			accuse(hrw, "BO"), graph.Reported, true},
		{"according to its source, first", "According to Amnesty International, the Chilean army was complicit in the massacre.",
			accuse(amnesty, "CL"), graph.Reported, true},
		{"a participle of saying after the source's clause", "Chile recalled its ambassador, saying Peru had failed to honour the border treaty.",
			accuse("CL", "PE"), graph.Reported, true},
		{"a wrong the source only thinks possible", "Human Rights Watch said Peruvian police may have tortured the students.",
			accuse(hrw, "PE"), graph.Speculated, true},
	}
	checkEvents(t, "2006-05-03", tests)
	checkRejects(t, []reject{
		{"a negated wrong", "Amnesty International said Peruvian forces had not committed war crimes.", graph.Accuse},
		{"a negated verb of saying", "Human Rights Watch did not say that Chilean police tortured the students.", graph.Accuse},
		{"the speaker's own side", "Peruvian officials said Peruvian troops had abused the detainees.", graph.Accuse},
		{"the party suffered the wrong", "Amnesty International said Peruvian diplomats were mistreated.", graph.Accuse},
		{"a wrong in the reporter's voice", "Peruvian forces tortured the detainees.", graph.Accuse},
		{"a fronted wrong and another clause's speaker", "Peruvian forces tortured the detainees, and Chile said it was concerned.", graph.Accuse},
		{"a denial of claims", "Peru rejected claims that Peruvian troops had tortured prisoners.", graph.Accuse},
		{"an act of force is no wrong in itself", "Amnesty International said Peruvian troops had attacked the town.", graph.Accuse},
	})
	// Backing for wrongdoers backs no party: the place they act in is no
	// recipient.
	checkRejects(t, []reject{
		{"backing for wrongdoers in a place", "Chilean officials say that Peru supports terrorists in Bolivia.", graph.Support},
		{"backing for wrongdoers, no speaker", "Peru supports militants in Bolivia.", graph.Support},
	})
	mustFindExactEvent(t, "Chile said that Peru supports the Bolivian government.", "2006-05-03", graph.Support, []string{"PE"}, []string{"BO"})
}
