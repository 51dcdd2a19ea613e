package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestOwnedOthersAreNoParty checks sentences, made up for the test, whose
// subject or object is headed by people other than the person who owns
// them: his supporters, killers, critics, relatives or aides. The owner
// neither acts nor is acted on, and no event names him.
func TestOwnedOthersAreNoParty(t *testing.T) {
	tests := []struct {
		name, body string
		typ        graph.EventType
	}{
		{"supporters as object", "Andres Manuel Lopez Obrador accused Felipe Calderon's supporters of fraud.", graph.Accuse},
		{"killers as object", "Vladimir Putin vowed to punish Anna Politkovskaya's killers.", graph.Threaten},
		{"aides as object", "Israeli troops arrested Ismail Haniyeh's aides in Ramallah.", graph.Coerce},
		{"bodyguards as object", "Hamas fighters attacked Mahmoud Abbas's bodyguards in Gaza.", graph.Assault},
		{"supporters after of as object", "Ayman Nour urged the supporters of Hosni Mubarak to respect the vote.", graph.Request},
		{"counted supporters as object", "Pakistani police arrested hundreds of Nawaz Sharif's supporters.", graph.Coerce},
		{"family members as object", "Condoleezza Rice met members of Peter MacKay's family in Halifax.", graph.Consult},
		{"modifier before supporters as object", "Clashes between Joseph Kabila and Jean-Pierre Bemba supporters killed 20 people.", graph.Assault},
		{"critics as subject", "Hugo Chavez's critics accused Colombia of meddling.", graph.Accuse},
		{"subject across an aside", "Benazir Bhutto's supporters, including her party, the Pakistan Peoples Party, demand that the United Nations investigate.", graph.Request},
		{"relative across a relative clause", "Ahmed Karimi's father, who is a senator from the ruling party, urged the Iranian parliament to act.", graph.Request},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkNoEvents(t, "2008-05-14", []graph.EventType{tt.typ}, tt.body)
		})
	}
}

// TestOwnersAgentsAct checks that the heads that act for their owner keep
// him as the party, and that an organisation named after the possessive
// takes his place.
func TestOwnersAgentsAct(t *testing.T) {
	checkEvents(t, "2008-05-14", []eventCase{
		{name: "spokesman speaks for him", body: "Mahmoud Ahmadinejad's spokesman rejected the United Nations resolution.",
			want: wantEvent{typ: graph.Reject, actors: []string{"person/mahmoud-ahmadinejad", "IR"}, targets: []string{"org/united-nations"}}, status: graph.Reported, exact: true},
		{name: "government acts for him", body: "Nouri al-Maliki's government accused Iran of arming militias.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"person/nouri-al-maliki", "IQ"}, targets: []string{"IR"}}, status: graph.Reported, exact: true},
		{name: "named organisation", body: "Moqtada al-Sadr's Mahdi Army attacked United States troops in Najaf.",
			want: wantEvent{typ: graph.Assault, actors: []string{"org/mahdi-army"}, targets: []string{"US"}}, status: graph.Reported, exact: true},
		{name: "aides act for him", body: "Kofi Annan's aides met Iranian officials in Tehran.",
			want: wantEvent{typ: graph.Consult, actors: []string{"person/kofi-annan"}, targets: []string{"IR"}}, status: graph.Reported},
		{name: "owner named on his own", body: "Felipe Calderon accused Andres Manuel Lopez Obrador and his supporters of fraud.",
			want: wantEvent{typ: graph.Accuse, actors: []string{"person/felipe-calderon"}, targets: []string{"person/andres-manuel-lopez-obrador"}}, status: graph.Reported},
	})
}
