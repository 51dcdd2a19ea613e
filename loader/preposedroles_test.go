package loader

import (
	"testing"
)

// TestPreposedBodyRoles checks the description before a body's name: a
// known or rule-found body comes out an organisation with the modified
// noun phrase as its role.
func TestPreposedBodyRoles(t *testing.T) {
	tests := []bodyRoleCase{
		{"militant group", "The Lebanese militant group Hezbollah fired rockets at Israel.", "Hezbollah", "Lebanese militant group"},
		{"outlawed group, hyphenated name", "Police in Tashkent arrested members of the outlawed Islamist group Hizb ut-Tahrir.", "Hizb ut-Tahrir", "outlawed Islamist group"},
		{"news agency", "The Italian news agency ANSA reported that Silvio Berlusconi met George W. Bush.", "ANSA", "Italian news agency"},
		{"think tank", "She will work for the conservative think tank American Enterprise Institute.", "American Enterprise Institute", "conservative think tank"},
		{"ruling party", "The ruling party Hamas arrested 200 members of Fatah.", "Hamas", "ruling party"},
		{"company", "Jarosław Kaczyński ordered the Polish pharmaceutical company Jelfa to halt production.", "Jelfa", "Polish pharmaceutical company"},
	}
	checkBodyRoles(t, tests)
}

// TestPreposedBodyRolesNone checks phrases that state no role: a bare
// descriptor noun, a body named by a pronoun or a common noun, and a
// modifier that only points back.
func TestPreposedBodyRolesNone(t *testing.T) {
	checkNoBodyRoles(t,
		"The group Voices in the Wilderness criticised the United States.",
		"The party said it would boycott the vote.",
		"A group of protesters attacked the embassy of Denmark.",
		"Members of the same group Ansar al-Islam were arrested.",
		"The think tank Brookings Institution criticised the plan.",
		"Officials of Norway said in an interview with the Norwegian broadcaster NRK that the trawler was seized.",
		"Voters backed the four-party Alliance for Sweden in the election.",
		"Ehud Olmert told the Israeli daily Haaretz that talks with Syria would resume.",
	)
}
