// Chapter 4: the dawn of 26 June 1954.
// Entry: assault (from ch3). Exits: -> aftermath (ch5), or -> ending_killed (epilogues.ink) on the
// one narrow path where Daryna, at the barricade, goes back out for someone.
// Sets did_dawn; nudges trust_ona, trust_andriy, risk_seen. Reads did_duty (in the opening
// passage only, then retires it to no_duty), did_marry, did_find_petro, trust_ona. No chapter-local variables: every branch merges on the shared ones.
// What is the same on every path (so ch5 and the epilogues can rely on it without a variable):
// Andriy is taken at the barricade; Petro gets through with a cut ear; the dead lie under sheets.

=== assault ===
# act: assault
# date: 1954-06-26
# time: night
# place: women_barrack
# scene: barracks
# beat: assault
# intensity: 2
You wake because something has stopped.
For weeks the loudspeakers on the perimeter have talked all night: go back to work, the coal trains stand unloaded, your leaders are lying to you. Now they are silent. # fact: authority_broadcasts
In the silence there are engines beyond the wall. More than one. They rise, idle, and rise again.
Ona is awake on the lower bunk of your vagonki, the double bunks you share with two girls from Lviv. Her rosary clicks once, then stops. # term: vagonki
"Do you hear it?" she whispers. # speaker: ona
"Tractors," you say. Neither of you believes it. # speaker: daryna
Nobody has locked the barrack door since May. Past the khozdvor, the service yard, the men keep watch all night behind a barricade of stones and bed frames. # term: khozdvor
{did_marry:Andriy is there. Your husband said he would be back before it was light.|Andriy is there. He told you so yesterday, as if it were nothing.}
{did_find_petro:
    Petro sleeps near it too these nights, whatever you said to him.
}
{did_duty == sick_bay:
    Helmi sent you to bed at midnight. She is alone with the sick.
}
{did_duty == workshop:
    You know what lies under the workshop benches: knives, clubs, sharpened picks. Not much, against what is out there. # fact: center_weapons
}
{did_duty == kitchen:
    The porridge pot is soaking in the kitchen. You were to light the stove at five.
}
{did_duty == newspaper:
    On the canteen wall hangs the last newspaper, still damp, with Vera's careful headings.
}
You sit up. Your boots are by the bunk post where you always leave them. Wherever you are when it comes, you should be there soon.
// The commission's departments end with the assault; nothing after this line reads did_duty,
// and retiring it here lets every path from here on merge (the state budget).
~ did_duty = no_duty
+ [Stay here, on the floor beside Ona. #vote: dawn_place/barrack]
    ~ did_dawn = in_barrack
    ~ trust_ona = MIN(trust_ona + 1, 3)
    -> barrack_floor
+ [Run to the sick bay. Helmi will need hands. #vote: dawn_place/sick_bay]
    ~ did_dawn = in_sick_bay
    Ona catches your ankle as you climb down, then lets go.
    -> sick_bay_dawn
+ [Go to the barricade, to Andriy. #vote: dawn_place/barricade]
    ~ did_dawn = at_barricade
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    "Daryna," Ona says. Only that. # speaker: ona
    -> barricade_dawn

=== barrack_floor ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: women_barrack
# scene: assault
# beat: assault
# intensity: 3
You climb down and lie beside Ona on the boards between the bunks. Other women are already there, in their shirts, boots in their hands.
A little after three the first flare goes up. White light pours through the bars and lies across the floor in stripes. # fact: assault_time # fact: assault_opening
Single shots crack from the roofs where the pickets sit, then no more. Then a grinding you feel in your teeth: the gates, and something heavy rolling through them. # fact: assault_opening
Every loudspeaker speaks at once. Soldiers are entering the zone, they say. Prisoners who wish to cooperate should come out quietly. Those who resist will be shot. # fact: loudspeaker_text
Vera is standing by the door. She is dressed, her hair pinned, her shoes laced.
"You heard them. Come out quietly and no one will be touched. It is an order, and there is law in it," she says. # speaker: vera
On the top bunk by the window, the old Estonian woman who has been ill since spring cannot get down. She holds the bunk post with both hands.
Ona's fingers close round your wrist.
+ [Go out with Vera, hands empty, toward the voice. #discuss: leave_quietly]
    You get up. Vera nods to you as if you were late for work.
    {trust_ona >= 3:Ona comes behind you with her shawl over her head.|Ona does not move. She says your name once, to the floor.}
    Outside, the whole zone is white with flares. A tank is turning at the corner of the next barrack, and soldiers in helmets come behind it with submachine guns. # fact: troops_behind_tanks
    The porch of that barrack goes under the tracks. There were women on the porch. You do not see them again. # fact: tanks_crushing # fact: women_in_assault
    A soldier screams at you to lie down. You lie down in the road with your hands on your head. Vera lies beside you and keeps saying that you came out as they asked, as if someone were writing it down.
+ [Pull Ona down flat and stay where you are.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You pull Ona flat and put your arm over her head. Vera looks at you both, then goes out alone.
    Something huge passes along the outside wall. The boards shake. Glass falls from the window onto the bunks, and plaster dust sifts down over everything.
    Ona prays into the floor in Lithuanian. You do not know the words, but by now you know where the pauses go.
+ [Climb up and help the old woman down.]
    You climb. She weighs no more than a child and smells of camphor. As you lift her, the window above you bursts, and glass comes down on your back.
    You land together on the floor. She thanks you in Estonian, then in Russian, then holds your sleeve and will not let go.
    When you look up, Vera has gone out. Ona is watching you from under the bunk.
- -> zone_at_sunrise

=== sick_bay_dawn ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: sick_bay
# scene: sick_bay
# beat: assault
# intensity: 3
You run across the zone in the grey light, bent low. The sick bay stands squat and white by the bathhouse, and its one lamp is already lit.
Helmi is up, sleeves rolled, a kettle on the stove. She does not ask why you came.
"Good. Mattresses against the windows. Then water, all the water you can find," she says. # speaker: helmi
You are dragging the second mattress when the first flare goes up, a little after three. White light cuts through every crack. # fact: assault_time # fact: assault_opening
Shots from the roofs, where the pickets were. Then the loudspeakers, all at once: soldiers are entering the zone; those who wish to cooperate should come out quietly; those who resist will be shot. # fact: assault_opening # fact: loudspeaker_text
The first wounded come soon: a man carried by two women, then a girl holding her own arm.
Some say the soldiers are firing only blanks. A boy from the barricade says it too, over and over, while Helmi cuts the shirt from his friend's shoulder and does not answer. # fact: blanks_vs_live
Through a gap by the door you can see a woman lying by the fence, not far off. One of her hands is moving.
Helmi needs a lamp held close. On the cots the sick are asking to be put on the floor.
+ [Hold the lamp for Helmi and do what she tells you.]
    You hold the lamp. Your hand shakes, and Helmi steadies it with her wrist without a word.
    Afterwards you will not remember what she did. Only the steadiness of that wrist.
+ [Run out for the woman by the fence.]
    You run. The flares make everything flat, like a photograph. At the far end of the zone a tank turns at a barrack porch and does not stop for what is on it. Soldiers come behind it in helmets. # fact: tanks_crushing # fact: troops_behind_tanks
    The woman by the fence is Latvian; you know her face from the bathhouse queue. You take her under the arms and drag her in, and she is alive. It is the one thing you are sure of all morning.
+ [Get the sick down under the cots and lie there with them.]
    You lift them down one by one. An old woman from Lutsk, a girl with a fever, a Chechen woman who has not spoken for a week.
    You lie with them on the floor, which smells of carbolic. Helmi works on her knees beside you.
- They come in at sunrise: soldiers in helmets, then an officer with a notebook. He looks at the rows of cots as if they were a sum that will not come out.
Helmi stands up. "I am the doctor. These people cannot walk," she says. # speaker: helmi
The officer asks who else here is staff.
+ [Step forward. Give your name and say you are the doctor's orderly.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    He writes your name and your number in his notebook. Then he tells a soldier to let the orderly carry water.
    Helmi does not look at you, but she moves to make room at the table.
+ [Keep your hands on the wound you are pressing, and say nothing.]
    He looks at you for a long moment. Then he turns a page.
    Helmi answers for you: a volunteer from the women's barracks, she says, with no training at all.
- -> aftermath

=== barricade_dawn ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: service_yard
# scene: assault
# beat: assault
# intensity: 3
You run along the inside of the wall toward the service yard. The barricade stands across the gap: stones, bed frames, a door off its hinges, iron from the workshops.
Andriy is on his knees by a coil of wire. He looks up, and his face changes.
{did_marry:"You should be in the barrack, wife," he says, and he does not let go of your hand.|"You should not be here," he says. But he makes room for you behind the stones.} # speaker: andriy
{did_find_petro:
    Petro is there too, with a bucket of stones. He looks at you like a boy caught smoking, then grins.
}
A little after three the flares go up. On the roofs of the workshops the pickets fall, one, then another. You did not hear the shots that did it. # fact: assault_time # fact: assault_opening
The gates of the service yard swing open. A tank noses through, slow as a cow, and behind it come soldiers in battle dress with submachine guns. # fact: assault_opening # fact: troops_behind_tanks
The loudspeakers are shouting: those who wish to cooperate, come out quietly; those who resist will be shot. # fact: loudspeaker_text
The shots sound thin, like boards slapped together. Some say they are only blanks. Then a man two steps from you sits down and does not get up. # fact: blanks_vs_live
The men throw stones. The stones ring off the tank and drop.
In June they filled buckets with ground glass for the soldiers' eyes; years later Solzhenitsyn, who was never here, will write that nobody remembered it. Nobody does. # fact: ground_glass
"Go back to the barracks. Now, Daryna," Andriy says. # speaker: andriy
+ [Stay beside Andriy.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You stay. Andriy pushes you down behind the bed frames and lies across your back.
    The tank goes through the barricade as if it were straw. Stones roll. Then there are soldiers everywhere, and a rifle butt rises and falls, and Andriy is on his knees.
    Two of them drag him toward the gate by his arms. He does not look back. Later you understand why: he would not show them where you were.
    {did_find_petro:
        You see Petro run, bent double, toward the men's zone. A soldier swings at him; he goes down, gets up, and runs on with blood on his ear.
    }
    A soldier hauls you up by your collar. He is younger than Petro, and his hands are shaking. He shouts at you to go, go, and does not seem to know where.
    -> zone_at_sunrise
+ [Run back with the women toward the barracks.]
    Andriy's hand lets go of yours. You do not see his face.
    -> barricade_fallback

=== barricade_fallback ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: women_zone
# scene: assault
# beat: assault
# intensity: 3
You run with the others, bent double, along the wall. Behind the corner of the fourth barrack the women lie flat in the dust, and you throw yourself down among them.
Someone is missing. The youngest of your brigade, the girl from Drohobych who sings at the mortar trough, is lying out in the open by the wall, where the barricade was. She is moving one arm.
Behind her the tank has stopped. Its engine idles. It could turn either way.
The woman beside you holds your sleeve and says one word, over and over: don't.
+ [Go back out for her.]
    You pull your sleeve free.
    You are up and running before you have decided anything. The yard is very bright. Somewhere behind you, Andriy is shouting your name.
    -> ending_killed
+ [Stay down, as Andriy told you.]
    You stay down. You press your face into the dust and count your breaths, and lose count, and start again.
    When you look again the girl is no longer by the wall. You never learn who carried her away, or where.
    -> zone_at_sunrise

=== zone_at_sunrise ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: women_zone
# scene: assault
# beat: assault
# intensity: 3
The sun comes up red over the wall. The shooting thins and stops. Then one more shot, far off.
Soldiers go from barrack to barrack. Everyone is to come out with her hands on her head. Dogs pull at their leads, and the soldiers holding them look as tired as the dogs.
From lagpunkt 3, beyond the wall, a great shout goes up, twice, like a cheer. People said afterwards that the men there fought with stones against submachine guns, and Solzhenitsyn later wrote that one barrack charged twice. # fact: resistance # term: lagpunkt
They line you up along the path. {did_dawn == in_barrack:Ona is behind you. You can hear her breathing.|You do not know where Ona is.}
By the porch of the next barrack there are shapes under sheets and under coats. Some of them are women. # fact: women_in_assault
Bobrov is here, your old nadziratel, back in the zone with the soldiers. He has a list in his hand and does not seem to be reading it. # term: nadziratel
An officer walks along the line, counting aloud.
+ [Keep your eyes on the ground and walk where they point.]
    You look at the ground. You walk where they point. You do not turn your head toward the sheets.
+ [Stop by the sheets and say the prayer for the dead aloud.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You stop. You say it in Ukrainian, the way your mother said it. Two women behind you join in, in Lithuanian and in Latvian, with their own words. By evening Ona has heard of it.
    Bobrov takes your elbow. "Walk, Kovalchuk. Walk, or they will make you," he says, low. For a moment he sounds frightened for you. # speaker: bobrov
+ [Tell the officer there are wounded in the barrack who cannot walk.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    The officer looks at your face, then at the number on your chest. He writes it down.
    Then he sends two soldiers with a stretcher into the barrack.
- -> aftermath
