// Chapter 2 — the commission (25–29 May 1954).
// Daryna takes up work for the prisoners' commission (did_duty) and goes to the talks of
// 27 May in the canteen, where she may speak before the Moscow men (class vote speak_at_talks).
// Sets: did_duty, risk_seen, trust_ona, trust_andriy. Reads: did_find_petro, trust_andriy.
// No chapter-local variables: every branch merges at the next knot.

=== commission ===
# act: commission
# date: 1954-05-25
# time: dawn
# place: women_barrack
# scene: barracks
# beat: commission
# intensity: 1
The barrack door stands open at first light, and no nadziratel comes to count you out, because the prisoners have driven out the camp staff and the gates are shut from the other side. # term: nadziratel # fact: authorities_expelled
From the top of the vagonki you feel the wind blow through the barred window, smelling of wormwood and dust instead of the guardhouse stove. # term: vagonki
Below you, Ona lies listening. "Nobody is shouting at us," she says, as if she cannot quite believe it. # speaker: ona

By the time the bread comes, everyone knows that the camp has a commission, and you hear two versions of how it was made: in one, the bosses themselves told the prisoners to elect a committee, and in the other, a group of men pushed into the talks and silenced everyone else. # fact: commission_origin
Its chairman is Kapiton Kuznetsov, a Russian from lagpunkt 3 and a former Red Army officer, although the barrack cannot agree on what kind of officer he was. # fact: kuznetsov_chair # fact: commission_members_list # fact: kuznetsov_official_bio # term: lagpunkt
"A colonel," says Vera, who hears everything first. "The men said he commanded a regiment in Germany after the war, and that they jailed him because one of his soldiers ran off to the West." # speaker: vera # fact: kuznetsov_solzh_bio # fact: kuznetsov_rank
"In the office it was said that his file calls him a traitor who served the Germans," says Halyna, without looking up from her mending. # speaker: halyna # fact: kuznetsov_solzh_bio # fact: kuznetsov_official_bio
Nobody asks Halyna how she knows what is said in the office, and you notice that nobody asks.
The women's zone sends three delegates to the commission, Mikhailevich, Suprun and Shimanskaya, whose names everyone learns by evening. # fact: women_on_commission
Behind the commission stands something that the men call the Center, when they name it at all; some say it is mostly Ukrainians and some say that men of every nation sit in it, but nobody can tell you who gives the orders. # fact: the_center

Before the soup, Vera comes back with a board under her arm, its red letters still wet: "Long live the Soviet Constitution!" # fact: slogans
"Kuznetsov wants these where the towers can see them," she says, "so that the bosses see Soviet people asking for Soviet law, not bandits." # speaker: vera # fact: kuznetsov_soviet_line
"I am Lithuanian," Ona says very quietly, putting down her darning. "They made me a prisoner, but they cannot make me a Soviet person, and I will not sleep under that board." # speaker: ona
Vera holds the hammer out to you, the tallest woman in the barrack, and the nails are in your palm before you have decided anything.

+ [Nail the board over the door. #discuss: soviet_slogans]
    You drive each nail home in four blows until the board hangs straight, and Vera pats your arm as if you were her daughter.
    When you climb down, Ona has turned her face to the wall, and her silence, then and afterwards, is worse than anything she could have said.
+ [Give the hammer back to Vera. #discuss: soviet_slogans]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You put the hammer and the nails back into Vera's hand. "Not me," you say. # speaker: daryna
    Vera looks at you as if you had spat on her shoes, then climbs onto the stool and hangs the board herself, a little crooked, while below you Ona lets out a long breath.

- At midday the starosta, a Belarusian woman with a voice made for calling cows, climbs onto a bench with a slate. # term: starosta
"The commission has departments now," she reads. "Technical, operational, clothing and food, military, agitation and propaganda, and internal security." # fact: departments
One department is missing from her slate, the intelligence men under Sluchenkov, but everyone knows about them anyway. # fact: departments # fact: sluchenkov
"Volunteers will go on sweeping the barracks, washing the linen and keeping the night watch," the starosta says, "but every barrack must also give hands to the departments." # fact: volunteer_duties
She looks along the bunks, and her eyes stop on you.

+ [Go to the kitchen.]
    ~ did_duty = kitchen
    The kitchen needs steady hands and a head that can count.
    -> kitchen_ladle
+ [Go to Helmi in the sick bay.]
    ~ did_duty = sick_bay
    Helmi needs someone who will not faint, because the wounded from the service yard are still in her beds.
    -> sick_bay_helmi
+ [Go with Vera to the wall newspaper.]
    ~ did_duty = newspaper
    ~ risk_seen = MIN(risk_seen + 1, 3)
    Vera wants your neat village-school hand, and whatever you letter will hang in the open, where the bosses' field glasses can read it.
    -> newspaper_board
+ [Go to the workshops in the service yard.]
    ~ did_duty = workshop
    The tailors' shop in the service yard wants seamstresses, and Andriy works next door with the technical men.
    -> workshop_yard

=== kitchen_ladle ===
# act: commission
# date: 1954-05-26
# time: day
# place: kitchen
# scene: canteen
# beat: commission
# intensity: 1
The women cook for the whole camp now, in a kitchen full of steam and the smell of wet millet, and the commission's rule is chalked on the doorpost: one ration, the same for everyone, with nothing extra for the pridurki. # fact: food_equal_rations # term: pridurok
The head cook, a Latvian with forearms like a baker's, hands you the ladle. "Level," she says, "not heaped and not short, because they will watch you like hawks."
They do: as the bowls move past you, every pair of eyes follows the ladle from the pot, and although the balanda is thin today, it is hot and the same for everyone. # term: balanda
A woman who kept the accounts in the office and ate from the officers' pot holds out her bowl. "From the bottom, girl," she says, "as before."
Behind her stands the coughing old Lithuanian woman from Ona's corner, for whom Ona asked you this morning to find something thicker.

+ [Ladle the same for both of them.]
    You give one level ladle to the clerk and one level ladle to the old woman.
    The clerk looks into her bowl and then at you. "So this is your freedom," she says, and goes.
    The old woman thanks you in Lithuanian and coughs over her soup, and when you tell Ona, she says only, "Of course, it is right," without looking at you.
+ [Scrape the thick bottom of the pot for the old woman.]
    ~ trust_ona = MIN(trust_ona + 1, 3)
    You tip the pot and drag the ladle along the bottom, where the millet has settled, but the head cook sees. "Once," she says, "and next time you are on the bread knife while somebody else has the ladle."
    The clerk has seen it too. "So nothing has changed," she says loudly, "except that the pot has new favourites," and two women in the line nod.
    That night Ona finds your hand in the dark and holds it for a moment without a word.

- -> canteen_talks

=== sick_bay_helmi ===
# act: commission
# date: 1954-05-26
# time: day
# place: sick_bay
# scene: sick_bay
# beat: commission
# intensity: 2
The sick bay smells of carbolic and of something under it that you try not to name, and Helmi Saar ties an apron on you with two quick tugs.
"You will hold things: lamps, basins, legs," she says. "You will not tell the men how they are doing, because that is my work." # speaker: helmi
The wounded from the service yard lie in the far beds, but Helmi will not say how many were killed, because people said one number in the women's zone and another in the men's, and she has stopped listening to both. # fact: shooting_may_casualties
A boy from lagpunkt 2 has a thigh wound that has gone bad{did_find_petro:, and he is Petro's age, so that for a moment you study his face to be sure it is not him.|, and he is about your brother's age.}
While Helmi cleans the wound, you hold his leg and he bites on a leather strap, and you count the bars on the window over and over until Helmi says, "Enough, you did well."
Then she wipes her hands and takes a folded paper from her apron. "For the men from Moscow, the commission wants a list of every man wounded or killed in the service yard," she says, "and someone must carry it to headquarters and answer questions." # speaker: helmi

+ [Carry the list to the commission yourself.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    At headquarters, a smoky barrack in the men's zone, a clerk enters your name in a thick book as a runner for the women's sick bay, and a man with a pencil writes down what you saw in the yard.
+ [Stay with the wounded and let Helmi send someone else.]
    Helmi sends the girl from the laundry, who runs as if the paper were burning.
    The boy holds your sleeve all afternoon, talking about his mother's geese, and when his fever drops at dusk, Helmi pours you the last of the tea.

- -> canteen_talks

=== newspaper_board ===
# act: commission
# date: 1954-05-26
# time: day
# place: women_zone
# scene: yard
# beat: commission
# intensity: 1
The wall newspaper by the canteen door has a new sheet every morning, and people crowd round it for the caricatures: a fat officer asleep on his watchtower, a warder with a key as big as himself. # fact: wall_newspaper
The propaganda department has given Vera paper, ink and a young man from lagpunkt 3 who draws, and Vera gives you the headlines. # fact: departments
"Soviet citizens sign what they write," Vera says, "because we are not scribbling leaflets under the bunks." # speaker: vera
She signs her own article in a clerk's small, upright letters and hands you the pen, because the piece underneath is yours: a few lines about the night in the service yard and the doors the women used as stretchers.

+ [Sign it with your own name, as Vera does.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    You write your name small at the bottom, and your hand does not shake until afterwards.
    By evening, women you have never spoken to stop you by the washhouse, and one of them kisses you on both cheeks, while another says, "You will be sorry for that signature," and walks on.
+ [Leave it unsigned.]
    You hand the pen back, and Vera's lips go thin.
    "Fear is exactly what they want from us," she says, but she pins the sheet up anyway, and by evening women are reading your words aloud without knowing whose they are.

- -> canteen_talks

=== workshop_yard ===
# act: commission
# date: 1954-05-26
# time: day
# place: workshop
# scene: workshop
# beat: commission
# intensity: 1
In daylight the khozdvor looks smaller, and someone has raked the sand where the shooting was, but people still walk round that patch. # term: khozdvor
In the tailors' shop the women mend quilted jackets, while next door the technical men strip down an old motor and Andriy, up a ladder with a coil of wire round his neck, {trust_andriy >= 2:grins at you so widely that he nearly falls off.|nods to you as politely as if you were someone else's sister.}
From beyond the wall comes the rasp of files on iron, because in the smithy men are making knives, clubs and picks and grinding iron bars into pikes. # fact: center_weapons # fact: pikes_grenades
Before long a shaven-headed man from the military department drops a sack on your table, and it clanks.
"For your barrack," he says. "Every barrack has a brigade now to defend itself, so somebody carry this across." # fact: barrack_brigades

+ [Carry the sack across to the women's zone.]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    It is heavier than it looks, so you carry it on your hip like washing and push it under the bottom bunk by the door.
    When you straighten up, Halyna is watching you from her bunk with her needle stopped in the air, and she smiles and goes back to her sewing.
+ [Tell him you came to sew, not to carry iron.]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    The man shrugs. "Then your barrack can fight with needles," he says, and someone else carries it.
    At dusk Andriy climbs down, wiping his hands on a rag. "I make light, not spears," he says, "and not everyone here understands the difference." # speaker: andriy

- -> canteen_talks

=== canteen_talks ===
# act: commission
# date: 1954-05-27
# time: dusk
# place: canteen
# scene: canteen
# beat: talks
# intensity: 2
This evening the canteen holds about 2,000 prisoners, men and women together, packed onto the benches, the tables and the window frames. # fact: negotiation_may27 # fact: canteen_2000
You stand wedged between Vera and a Lithuanian miner, in air thick with makhorka and wet felt. # term: makhorka
At 18:25 by the clock over the serving hatch, the gate opens for the commission from Moscow. # fact: negotiation_may27
They come in with officers behind them: Yegorov, a deputy minister; Dolgikh, the head of the whole GULAG; and the prosecutor Vavilov. # fact: second_commission_members # fact: yegorov # fact: gulag_chief_dolgikh
The first thing you notice is their clean boots, because nobody in this room has had clean boots in years.
Kuznetsov stands up at the long table with a paper in his hands and reads the demands in a steady, carrying voice. # fact: kuznetsov_chair # fact: demands_27may
"We ask that the use of weapons against prisoners be investigated," he reads. # speaker: kuznetsov # fact: demands_27may
The rest follow one by one: shorter terms for those serving twenty-five years, no exile after release, pay like free workers, free contact with the women, and a visit from a member of the Presidium of the Central Committee. # fact: demands_27may # fact: sentence_lengths
At the words about the women the whole room laughs, and for a moment it is warm.
Years later Solzhenitsyn, drawing on the notes of commission member Makeev, wrote that Kuznetsov urged the prisoners to speak to Moscow's men "in a manner befitting Soviet citizens"; the words may not be exact, but tonight's demands keep to that spirit. # fact: kuznetsov_loyalty_quote # fact: makeev
When a man at the back starts shouting about his own case, two of the blatnye from lagpunkt 3 lean over and hush him, because only the commission speaks for the camp. # fact: negotiation_may27 # term: blatnoi
Helmi pushes through the crowd and bends to your ear. "The commission wants a woman who saw the wounded carried in to tell them about the service yard," she says, "and you saw." # speaker: helmi
Behind the generals an officer holds a camera, and each time someone stands up, the shutter clicks. # fact: aftermath_lying

+ [Stand up and go to the front. #vote: speak_at_talks/speak]
    ~ risk_seen = MIN(risk_seen + 1, 3)
    The benches part for you, and the floor seems very long.
    "We carried them in on doors, because there were no stretchers," you say in your bad Russian, and nobody laughs. "One of them was younger than my brother." # speaker: daryna
    The prosecutor writes something down and the shutter clicks, and only when you are back in your place do your knees begin to shake.
    {did_duty == sick_bay: Helmi presses your shoulder once, hard.|Vera takes your hand and does not let go of it.}
+ [Stay where you are. #vote: speak_at_talks/silent]
    You shake your head, and Helmi looks at you for a moment and then nods, as if you had answered a different question.
    A woman from the laundry goes instead, but her voice cracks on the second sentence, and she says less than you would have said.
    The shutter clicks over the crowd, and the words you did not say sit in your mouth like a stone.

- The Moscow men listen and write, but they say little that anyone can repeat afterwards.
When the gate closes behind them, the canteen empties into the dark, arguing in six languages.
-> after_talks

=== after_talks ===
# act: commission
# date: 1954-05-29
# time: dusk
# place: women_zone
# scene: yard
# beat: commission
# intensity: 1
Two days go by without an answer from Moscow.
Over the roofs flies the flag that Kuznetsov has had run up, a red cross on white, which people say tells the world outside that there are wounded here, and women. # fact: red_cross_flag
In every barrack a brigade sits up through the night beside a pike, a pick handle and a pile of stones. # fact: barrack_brigades
Everyone knows that the commission argues, because Kuznetsov keeps to his slogans and his Soviet law, while others, the Center's men, it is whispered, want stones on the roofs and pikes at the doors. # fact: kuznetsov_soviet_line # fact: the_center
Meanwhile Sluchenkov's men go from barrack to barrack, quietly asking who said what to whom. # fact: sluchenkov
At dusk Andriy comes across from the men's zone, as the men may do now, and sits beside you on the step. {did_find_petro: Petro comes with him and sits on the step below, cracking his knuckles.}
"Do you know why a Russian sits at the top?" Andriy says. "It is so that Moscow cannot call this a nationalist revolt: our people chose him for his face, or so I believe." # speaker: andriy # fact: commission_russian_head
He watches the red cross stir in the wind. "They came to count us, how many and where and who talks," he says, "and they will promise, and while they promise, the trains will come." # speaker: andriy
Vera, passing with a bucket, stops to disagree. "When did generals ever come into a camp to listen to zeks before?" she says. "Give them time." # speaker: vera # term: zek
They both look at you.

+ ["Vera may be right. They came. Let them answer."]
    "Vera may be right," you say. "They came here, so let them answer." # speaker: daryna
    Andriy is quiet for a long time. "I hope so," he says at last, "and I would like very much to be wrong." # speaker: andriy
    Vera nods to you, pleased, and goes on with her bucket, and Andriy leaves before the light goes.
+ ["You may be right. They came to count us."]
    ~ trust_andriy = MIN(trust_andriy + 1, 3)
    "You may be right," you say. "They came to count us." # speaker: daryna
    Andriy lets out his breath as if he had been holding it for days, and while Vera walks on without a word, he stays beside you until the night watch comes round.

- The flag cracks in the wind over the roofs, and somewhere in the men's zone a man is singing, badly, and nobody tells him to stop.
-> forty_days
