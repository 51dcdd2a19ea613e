package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestBorderClosures checks that a state closing or sealing its border with
// another is its COERCE on the state across, named after "with", "into"
// or by a demonym, or by a place lying in it; and that closing a border
// town, a school or an embassy is not.
func TestBorderClosures(t *testing.T) {
	checkEvents(t, "2008-01-25", []eventCase{
		{"closed its border with X", "Russia closed its border with Georgia on Monday.",
			wantEvent{graph.Coerce, []string{"RU"}, []string{"GE"}}, graph.Reported, true},
		{"two states closed their borders with X", "Kenya and Uganda have closed their borders with Somalia.",
			wantEvent{graph.Coerce, []string{"KE", "UG"}, []string{"SO"}}, graph.Reported, true},
		{"sealed the demonym border", "Turkey sealed the Syrian border after the shelling.",
			wantEvent{graph.Coerce, []string{"TR"}, []string{"SY"}}, graph.Reported, true},
		{"closed all crossings into a place", "Israel has closed all border crossings into Gaza.",
			wantEvent{graph.Coerce, []string{"IL"}, []string{"PS"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-01-25", []graph.EventType{graph.Coerce},
		"Russia closed the border town to Georgian journalists.",
		"Kenya closed its embassy in Somalia.",
		"Uganda closed the schools near the border with Kenya.",
	)
}

// TestTroopsToBorder checks that ordering, building up or massing troops
// towards a border is MOBILIZE on the state across it, and that ordering
// troops to do something is not.
func TestTroopsToBorder(t *testing.T) {
	checkEvents(t, "2008-03-04", []eventCase{
		{"ordered troops to the border with X", "Ecuador ordered troops to the border with Peru.",
			wantEvent{graph.Mobilize, []string{"EC"}, []string{"PE"}}, graph.Reported, true},
		{"ordered battalions to the demonym border", "Armenia ordered two battalions to the Azerbaijani border.",
			wantEvent{graph.Mobilize, []string{"AM"}, []string{"AZ"}}, graph.Reported, true},
		{"building up troops along its border with X", "Ethiopia has been building up troops along its border with Eritrea.",
			wantEvent{graph.Mobilize, []string{"ET"}, []string{"ER"}}, graph.Reported, true},
		{"massed troops on the demonym border", "India massed troops on the Pakistani border.",
			wantEvent{graph.Mobilize, []string{"IN"}, []string{"PK"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2008-03-04", []graph.EventType{graph.Mobilize},
		"Ecuador ordered troops to withdraw from the border with Peru.",
		"Ethiopia built up its economy with help from Eritrea.",
	)
}

// TestWithdrawnForcesOwner checks that a withdrawal whose subject names no
// party is the withdrawal of the state whose troops its object names, by
// demonym or possessive, over counts.
func TestWithdrawnForcesOwner(t *testing.T) {
	checkEvents(t, "2007-11-30", []eventCase{
		{"government plans to withdraw demonym troops", "The new government plans to withdraw Dutch troops from Afghanistan by 2010.",
			wantEvent{graph.Retreat, []string{"NL"}, []string{"AF"}}, graph.Planned, true},
		{"withdrawal of possessive counted troops", "The withdrawal of Spain's 1,300 troops from Iraq began today.",
			wantEvent{graph.Retreat, []string{"ES"}, []string{"IQ"}}, graph.Reported, true},
		{"withdrawal of part of the demonym troops", "The withdrawal of 2,000 of the 5,000 Polish soldiers from Iraq is complete.",
			wantEvent{graph.Retreat, []string{"PL"}, []string{"IQ"}}, graph.Reported, true},
		{"cabinet voted to pull demonym troops out", "The cabinet voted to pull Hungarian troops out of Iraq.",
			wantEvent{graph.Retreat, []string{"HU"}, []string{"IQ"}}, graph.Planned, true},
	})
	checkNoEvents(t, "2007-11-30", []graph.EventType{graph.Retreat},
		"The new government will withdraw the Kabul garrison from the capital.",
	)
}

// TestCountedAndCopularPresence checks that troops a state keeps in
// another are its MOBILIZE there when a count stands between the owner and
// the troops, or when a bare copula says where they are, and that a
// denied presence or a number "in the hundreds" is none.
func TestCountedAndCopularPresence(t *testing.T) {
	checkEvents(t, "2005-04-10", []eventCase{
		{"possessive counted troops will remain in X", "Hungary's 300 troops will remain in Iraq.",
			wantEvent{graph.Mobilize, []string{"HU"}, []string{"IQ"}}, graph.Planned, true},
		{"demonym troops have been in X", "Turkish troops have been in northern Cyprus since 1974.",
			wantEvent{graph.Mobilize, []string{"TR"}, []string{"CY"}}, graph.Reported, true},
	})
	checkNoEvents(t, "2005-04-10", []graph.EventType{graph.Mobilize},
		"The minister said no Libyan troops are in Chad.",
		"Losses among the Dutch troops are in the hundreds.",
	)
}
