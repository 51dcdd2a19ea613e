package loader

import (
	"testing"

	"github.com/geokg/geokg/graph"
)

// TestNameRecognitionMentions checks names the extractor once failed to
// read: a Western given name that is also an East Asian surname ("Kim
// Beazley"), a name set off by an unspaced em dash, a body named by a
// military unit or a caucus or foundation, and a ranked person "of the"
// unit, beside the shapes that must stay as they were.
func TestNameRecognitionMentions(t *testing.T) {
	checkMentions(t, []mentionCase{
		{"Kim opening a Western name", "Kim Beazley criticised the budget.", []string{"Kim Beazley=PERSON/Kim Beazley"}, nil},
		{"Lee opening a Western name", "Lee Rhiannon spoke in Sydney.", []string{"Lee Rhiannon=PERSON/Lee Rhiannon"}, nil},
		{"Kim opening a Korean name keeps it whole", "Kim Jang Soo spoke in Seoul.", nil, []string{"Kim Jang=PERSON/Kim Jang"}},
		{"Kim alone is no name", "Kim spoke in Seoul on Monday.", nil, []string{"Kim=PERSON/Kim"}},
		{"an unspaced em dash ends a name", "The rally was led by Ruth Dawes—a nurse—in Leeds.", []string{"Ruth Dawes=PERSON/Ruth Dawes"}, nil},
		{"a regiment", "The Cheshire Regiment left the city.", []string{"Cheshire Regiment=ORGANIZATION/Cheshire Regiment"}, nil},
		{"a battalion", "The Rapid Reaction Battalion left the city.", []string{"Rapid Reaction Battalion=ORGANIZATION/Rapid Reaction Battalion"}, nil},
		{"a caucus", "The Congressional Farm Caucus met on Monday.", []string{"Congressional Farm Caucus=ORGANIZATION/Congressional Farm Caucus"}, nil},
		{"a foundation", "The Open Markets Foundation published a report.", []string{"Open Markets Foundation=ORGANIZATION/Open Markets Foundation"}, nil},
		{"a ranked soldier of a unit is a person", "Corporal Jamie Hart of the Cheshire Regiment found the bomb.",
			[]string{"Jamie Hart=PERSON/Jamie Hart", "Cheshire Regiment=ORGANIZATION/Cheshire Regiment"}, []string{"Corporal Jamie Hart of the Cheshire Regiment=ORGANIZATION/Corporal Jamie Hart of the Cheshire Regiment"}},
		{"a weekday is no name", "On Monday Foundation members met.", nil, []string{"Monday Foundation=ORGANIZATION/Monday Foundation"}},
	})
}

// TestNameRecognitionEvents checks events whose parties only those names
// make known.
func TestNameRecognitionEvents(t *testing.T) {
	checkEvents(t, "2006-05-14", []eventCase{
		{"Kim opening a Western name is the critic", "Kim Beazley criticised the government of Japan.",
			wantEvent{graph.Accuse, []string{"person/kim-beazley"}, []string{"JP"}}, graph.Reported, true},
		{"Lee opening a Western name is the accuser", "Lee Rhiannon accused China of torture.",
			wantEvent{graph.Accuse, []string{"person/lee-rhiannon"}, []string{"CN"}}, graph.Reported, true},
		{"a name before an em dash is the target", "Omar al-Bashir criticised Ruth Dawes—a nurse from Leeds.",
			wantEvent{graph.Accuse, []string{"person/omar-al-bashir", "SD"}, []string{"person/ruth-dawes"}}, graph.Reported, true},
		{"a regiment attacks", "The Cheshire Regiment attacked insurgents in Iraq.",
			wantEvent{graph.Assault, []string{"org/cheshire-regiment"}, []string{"IQ"}}, graph.Reported, true},
		{"a caucus criticises", "The Congressional Farm Caucus criticised China.",
			wantEvent{graph.Accuse, []string{"org/congressional-farm-caucus"}, []string{"CN"}}, graph.Reported, true},
	})
}
