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
For weeks the loudspeakers have ordered you back to work, complained that the coal trains stand unloaded, and announced that Kuznetsov would be released, then that he would not. # fact: authority_broadcasts
Tonight they are silent, and beyond the wall several engines are rising, idling and rising again.
Ona is awake below you on the double bunks, the vagonki, and her rosary clicks once, then stops. # term: vagonki
"Do you hear it?" she whispers, and you tell her it is tractors, although neither of you believes it. # speaker: ona
Nobody has locked the barrack door since May, and beyond the khozdvor, the service yard, the men keep watch all night behind a barricade of stones and bed frames. # term: khozdvor
{did_marry:Andriy is there, although your husband promised to be back before it was light.|Andriy is there too; he mentioned it yesterday, as if it were nothing.}
{did_find_petro:
    Petro sleeps near the barricade these nights, whatever you said to him.
}
{did_duty == sick_bay:
    Helmi sent you to bed at midnight, so she is alone with the sick.
}
{did_duty == workshop:
    Under the workshop benches lie knives, clubs and sharpened picks, little enough against whatever is out there. # fact: center_weapons
}
{did_duty == kitchen:
    In the kitchen the porridge pot is soaking; you were to light the stove at five.
}
{did_duty == newspaper:
    The latest newspaper hangs damp on the canteen wall under Vera's careful headings.
}
You reach for your boots: wherever you mean to be when it comes, you should go now.
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
    "Daryna," Ona says, and nothing more. # speaker: ona
    -> barricade_dawn

=== barrack_floor ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: women_barrack
# scene: assault
# beat: assault
# intensity: 3
You lie beside Ona on the boards between the bunks, among other women in their shirts.
A little after three the first flare goes up, and white light pours through the window bars and lies across the floor in stripes. # fact: assault_time # fact: assault_opening
Single shots crack toward the roofs where the prisoners' pickets keep watch; then comes a grinding you feel in your teeth, as the gates open and something heavy rolls through. # fact: assault_opening
Every loudspeaker speaks at once: soldiers are entering the zone, prisoners who wish to cooperate should come out quietly, and those who resist will be shot. # fact: loudspeaker_text
Vera is standing by the door, dressed, with her hair pinned.
"You heard them: come out quietly and no one will be touched. It is an order, and there is law in it," she says. # speaker: vera
On the top bunk by the window the old Estonian woman, ill since spring, cannot climb down and grips the bunk post with both hands.
Ona's fingers close round your wrist.
+ [Go out with Vera, hands empty, toward the voice. #discuss: leave_quietly]
    You get up, and Vera nods to you as if you were late for work. {trust_ona >= 3:Ona follows with her shawl over her head.|Ona does not move, but she says your name once, to the floor.}
    Outside, the flares have turned the zone white, and a tank is turning at the corner of the next barrack, with soldiers in helmets following it. # fact: troops_behind_tanks
    The porch of that barrack disappears under the tracks. There were women on the porch, and you do not see them again. # fact: tanks_crushing # fact: women_in_assault
    A soldier screams at you to lie down, and you lie in the road while Vera repeats that you came out as they asked, as if someone were writing it down.
+ [Pull Ona down flat and stay where you are.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You pull Ona flat and put your arm over her head, and Vera glances at you both before she goes out alone.
    Something enormous passes along the outside wall, shaking the boards and bringing glass and plaster dust down over the bunks.
    Ona prays into the floor in Lithuanian; you do not understand the words, but by now you know where the pauses go.
+ [Climb up and help the old woman down.]
    She weighs no more than a child and smells of camphor, and as you lift her down, the window above you bursts and showers glass onto your back.
    On the floor she thanks you in Estonian, then in Russian, and holds your sleeve; when you look up, Vera has gone out and Ona is watching you from under the bunk.
- -> zone_at_sunrise

=== sick_bay_dawn ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: sick_bay
# scene: sick_bay
# beat: assault
# intensity: 3
You run bent low through the half-dark to the sick bay, where the single lamp is already lit.
Helmi does not ask why you came. "Good: mattresses against the windows, then water, all the water you can find," she says. # speaker: helmi
You are dragging the second mattress when the first flare goes up, a little after three, and white light cuts through every crack. # fact: assault_time # fact: assault_opening
Single shots crack toward the roofs where the pickets keep watch, and then every loudspeaker speaks at once: soldiers are entering the zone, those who wish to cooperate should come out quietly, and those who resist will be shot. # fact: assault_opening # fact: loudspeaker_text
Soon the wounded come in, and some say the soldiers are firing only blanks; a boy from the barricade keeps saying it while Helmi cuts the shirt from his friend's shoulder and does not answer. # fact: blanks_vs_live
Through a gap by the door you see a woman lying by the fence, one hand moving, while Helmi needs a lamp held close and the sick are begging to be put on the floor.
+ [Hold the lamp for Helmi and do what she tells you.]
    When your hand shakes, Helmi steadies it with her wrist without a word; afterwards you will remember nothing of what she did, only the steadiness of that wrist.
+ [Run out for the woman by the fence.]
    You run through flares that make everything flat, like a photograph, and at the far end of the zone a tank turns at a barrack porch without stopping for what is on it. # fact: tanks_crushing
    She is a Latvian you know from the bathhouse queue, and when you drag her inside she is alive, the one thing you are sure of all morning.
+ [Get the sick down under the cots and lie there with them.]
    You lift them down one by one, an old woman from Lutsk, a feverish girl, a Chechen woman who has not spoken for a week, and lie with them on the carbolic-smelling floor while Helmi works on her knees beside you.
- They come in at sunrise, soldiers in helmets followed by an officer with a notebook, who looks at the rows of cots as if they were a sum that will not come out.
Helmi stands up and says, "I am the doctor, and these people cannot walk." # speaker: helmi
The officer asks who else here is staff.
+ [Step forward. Give your name and say you are the doctor's orderly.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    He writes your name and number in his notebook and tells a soldier to let the orderly carry water, and Helmi, without looking at you, makes room at the table.
+ [Keep your hands on the wound you are pressing, and say nothing.]
    He studies you for a long moment before Helmi answers for you, explaining that you are a volunteer from the women's barracks with no training at all.
- -> aftermath

=== barricade_dawn ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: service_yard
# scene: assault
# beat: assault
# intensity: 3
You run along the wall to the service yard, where a barricade of stones, bed frames and scrap iron blocks the gap.
Andriy is kneeling by a coil of wire, and when he looks up, his face changes.
{did_marry:"You should be in the barrack, wife," he says, and he does not let go of your hand.|"You should not be here," he says, but he makes room for you behind the stones.} # speaker: andriy
{did_find_petro:
    Petro is there too with a bucket of stones, and he looks at you like a boy caught smoking before he grins.
}
A little after three the flares go up, and on the workshop roofs the pickets fall one after another to shots you never hear. # fact: assault_time # fact: assault_opening
Beyond the service yard the gates swing open, and a tank noses through, as slow as a cow, with soldiers in battle dress behind it. # fact: assault_opening # fact: troops_behind_tanks
The loudspeakers are shouting that prisoners who wish to cooperate should come out quietly and that whoever resists will be shot. # fact: loudspeaker_text
The shots sound thin, like boards slapped together, and some say they are only blanks, until a man two steps from you sits down and does not get up. # fact: blanks_vs_live
The men throw stones, which ring off the armour and drop into the dust.
Years later Solzhenitsyn, who was never here, will write that ground glass had been made ready and that nobody remembered it. # fact: ground_glass
"Go back to the barracks now, Daryna," Andriy says. # speaker: andriy
+ [Stay beside Andriy.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    You stay, and Andriy pushes you down behind the bed frames and lies across your back.
    The tank goes through the barricade as if it were straw; soldiers are suddenly everywhere, a rifle butt rises and falls, and Andriy is on his knees.
    Two of them drag him by the arms toward the gate, and he does not look back; later you understand that he would not show them where you were.
    {did_find_petro:
        You see Petro running bent double toward the men's zone, falling under a soldier's swing, getting up and running on with blood on his ear.
    }
    A soldier younger than Petro hauls you up by the collar with shaking hands and shouts at you to go, without seeming to know where.
    -> zone_at_sunrise
+ [Run back with the women toward the barracks.]
    Andriy's hand lets go of yours, and you do not see his face.
    -> barricade_fallback

=== barricade_fallback ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: women_zone
# scene: assault
# beat: assault
# intensity: 3
You run bent double along the wall, and behind the corner of the fourth barrack you throw yourself down among the women lying flat in the dust.
Someone is missing: the youngest of your brigade, the girl from Drohobych who sings at the mortar trough, is lying in the open where the barricade stood, moving one arm.
Behind her the tank has stopped with its engine idling, and it could turn either way.
The woman beside you holds your sleeve and repeats one word: don't.
+ [Go back out for her.]
    You pull your sleeve free and are running before you have decided anything, across a yard that is very bright, while somewhere behind you Andriy shouts your name.
    -> ending_killed
+ [Stay down, as Andriy told you.]
    You stay down with your face pressed into the dust, counting your breaths, losing count and starting again.
    When you look again, the girl is gone from the wall, and you never learn who carried her away, or where.
    -> zone_at_sunrise

=== zone_at_sunrise ===
# act: assault
# date: 1954-06-26
# time: dawn
# place: women_zone
# scene: assault
# beat: assault
# intensity: 3
The sun comes up red over the wall as the shooting thins and stops, until there is one more shot, far off.
Soldiers go from barrack to barrack ordering everyone out with her hands on her head, and the men holding the dogs look as tired as the dogs.
Earlier there was shouting from lagpunkt 3 beyond the wall; people said afterwards that the men there fought with stones against submachine guns, and Solzhenitsyn wrote that one barrack charged out twice. # fact: resistance # term: lagpunkt
They line you up along the path. {did_dawn == in_barrack:Ona is behind you, and you can hear her breathing.|You do not know where Ona is.}
By the porch of the next barrack there are shapes under sheets and coats, and some of them are women. # fact: women_in_assault
Bobrov, your old nadziratel, has come back with the soldiers and holds a list he does not seem to read, while an officer walks along the line counting aloud. # term: nadziratel
+ [Keep your eyes on the ground and walk where they point.]
    You look at the ground and walk where they point, and you do not turn your head toward the sheets.
+ [Stop by the sheets and say the prayer for the dead aloud.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You say it in Ukrainian, as your mother said it, and two women behind you join in, in Lithuanian and in Latvian; by evening Ona has heard of it.
    Bobrov takes your elbow and says quietly, "Walk, Kovalchuk, or they will make you," and for a moment he sounds frightened for you. # speaker: bobrov
+ [Tell the officer there are wounded in the barrack who cannot walk.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    The officer looks at your face, then at the number on your chest, and writes it down before sending two soldiers with a stretcher into the barrack.
- -> aftermath
