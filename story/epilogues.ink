// The personal endings, and the grounded epilogue every ending passes through.
// Entered from ch4 (ending_killed) and from the end of ch5 (the rest), by the shared variables:
//   ending_killed     did_dawn == at_barricade and she went back out (ch4)
//   ending_named      did_tell == 3
//   ending_dispersed  silence, or picked out on the steppe (risk_seen >= 2, know_halyna == 3),
//                     or, from the sick bay, silence with her face in the photographs
//   ending_hospital   she stayed in the sick bay with the wounded and was not sent east
//   ending_letters    married Andriy, stayed, and he went east
//   ending_quiet      kept her head down and stayed
// Each ending follows her as far as it can, then tunnels into kengir_epilogue and ends.
// Fixed on every path: Andriy and Petro go east with the men; Ona stays at Kengir.

=== ending_killed ===
# act: epilogue
# date: 1954-06-26
# time: day
# place: elsewhere
# scene: epilogue
# beat: epilogue
# intensity: 2
# ending: ending_killed
This is how Ona tells it, years later, speaking to you as if you could still hear.
"You went back out for the girl from Drohobych. A woman from your brigade saw it from behind the barrack corner. She told me on the steppe, with her mouth in the dust." # speaker: ona
"I do not know if you reached her. Nobody could tell me. The girl was carried into the sick bay later that morning. Afterwards she went east on the lists, and I never heard of her again." # speaker: ona
"They did not give us our dead. No one ever told me where you were buried. I asked three times. The third time Bobrov told me not to ask again, and he looked ashamed." # speaker: ona
{did_marry:"Andriy was on the list for the east. On the morning they took him out, he sent a boy to ask me for something of yours. I sent him your wooden spoon."|"Andriy was on the list for the east. He asked after you at the gate. I told him. He did not say anything for a long time."} # speaker: ona
{did_find_petro:"Your brother went east too. I wrote to your mother about you both. I do not know if the letter reached her."|"I wrote to your mother. I do not know if the letter reached her."} # speaker: ona
{trust_ona >= 2:"I kept the towel with the red thread. I have it still. My granddaughter asks what the pattern means, and I tell her it means a village near Ternopil."|"I did not know you as well as I should have. The bunk above mine was empty for a week, and then someone else slept there."} # speaker: ona
"That is all I saw, and all I was told." # speaker: ona
-> kengir_epilogue ->
-> END

=== ending_dispersed ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: transport
# scene: transport
# beat: epilogue
# intensity: 1
# ending: ending_dispersed
The wagon has one small barred window, high up, and the women take turns standing under it.
{did_tell == 1:You gave Orlov nothing. Your number was on the list. Perhaps it would have been there anyway; you will never know.|{know_halyna == 3 and risk_seen < 2:You gave Orlov only what the whole steppe knew. Halyna had stopped by your hands, and that was enough.|You gave Orlov only what the whole steppe knew. Your face was in his folder, and that was enough.}}
The train goes east for many days. Ozerlag, the women whisper, or Kolyma: some of the prisoners from Kengir go one way and some the other. # fact: dispersal_1000
Your new camp stands in forest, not steppe. Mosquitoes instead of dust. Nobody there has heard of a commission, and you do not tell them.
{did_marry:Andriy is on the same train, in a men's wagon. At one station you see a hand at a barred window and decide that it is his. After that there are letters, when letters are allowed, and long silences when they are not.}
Petro was on the men's list. For a long time you do not know where he is. Then a letter comes in his bad spelling, from a camp whose name you have to find on a map.
Like most of the people on that train, you are free before the decade is out. # fact: dispersal_1000
You go home to a village near Ternopil where another family lives in your mother's house. You do not talk about Kengir for a long time.
{trust_ona >= 2:Ona writes from Kaunas for years, in careful Russian, leaving the Lithuanian words she cannot translate just as they are.|You lose Ona. Once you look for her name in a list of the released, and do not find it, and do not know what that means.}
-> kengir_epilogue ->
-> END

=== ending_named ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: women_barrack
# scene: barracks
# beat: epilogue
# intensity: 1
# ending: ending_named
Your number is not on any list. You stay at Kengir.
Orlov kept his word in the way such men keep it: nobody came for you. Petro went east all the same.
The woman who kept the stones by your barrack door was taken one night and sent east. You never learn whether your nod put her there, or whether her name was on a list before you sat down. No one can tell you. You will wonder for the rest of your life.
In the barrack some women move their bowls along the plank when you sit down. Nobody says anything. Nobody has to.
{trust_ona >= 2:Ona does not move her bowl. She never says why. Some nights she prays in Lithuanian, and in the middle of the words you hear your own name.|Ona asks to be moved to another barrack. The request is granted, which tells you something too.}
{did_marry:In the spring a letter comes from Andriy. You read it many times. You do not know how to answer it, and in the end you write about the weather.}
You go home in the end. Years later, in the market in Ternopil, a woman who was at Kengir sees you and crosses to the other side of the street. Or perhaps she only wanted the other stall. You will never be sure of that either.
-> kengir_epilogue ->
-> END

=== ending_hospital ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: sick_bay
# scene: sick_bay
# beat: epilogue
# intensity: 1
# ending: ending_hospital
You were never marched out to the steppe. While the others lay in the dust, you carried water in the sick bay, and the sick bay is where you stay.
Helmi teaches you what she can: how to set a finger, how to count a pulse without a watch, how to sit with someone who is dying so that they are not alone.
{did_tell == 1:You gave Orlov nothing, and nobody came for you. Perhaps there was no one left to send.|You gave Orlov the soup and the concerts. He wrote it all down, and nobody came for you.}
The wounded go back to the barracks one by one, or out on the lists, or to the shed. After a while you can tell from a face which it will be, and you are usually right.
Andriy and Petro went east with the men. You saw the column from the sick bay window, and you could not tell which of the backs were theirs.
When Helmi is released, she leaves you her stethoscope and the address of a hospital in Tartu, in case. You keep both.
{trust_ona >= 2:Ona comes to the sick bay door most evenings, to say the day is over. She never comes in. She says the smell of carbolic reminds her of school.}
Afterwards you train as a nurse in a district hospital near Ternopil. When the young doctors ask where you learned to work like that, you say: from an Estonian.
-> kengir_epilogue ->
-> END

=== ending_quiet ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: women_zone
# scene: barracks
# beat: epilogue
# intensity: 1
# ending: ending_quiet
You keep your head down. It is what your mother told you the morning they took you away, and for once you do as she said.
Orlov does not send for you again. Your number stays off the lists.
Andriy and Petro went east on the same train. {did_find_petro:You had found your brother in May, and in July you lost him again.|You never found your brother in those weeks. Now you know at least which way he went.}
The camp empties around you. There are fewer women at each roll call. The new rules that summer bring shorter working days and more letters. # fact: reforms_1954
Steplag shrank, was handed to the Kazakh camp administration, and in April 1956 was abolished. You are still at Kengir when it happens. Only the name on the papers changes. # fact: steplag_shrinks_abolished
{trust_ona >= 2:Ona is still on the bunk below yours. She says it is a very particular kind of freedom, to have your camp abolished while you stay in it.}
You go home in the end, by a slow train, to a village that has learned to do without you.
-> kengir_epilogue ->
-> END

=== ending_letters ===
# act: epilogue
# date: 1954-07-12
# time: day
# place: women_barrack
# scene: barracks
# beat: epilogue
# intensity: 1
# ending: ending_letters
You are Andriy's wife, and he is on the far side of the country.
That summer the rules change: prisoners may write and receive letters without limit. # fact: reforms_1954
His first letter is mostly about the weather, and a generator someone has asked him to mend. The last line is in Ukrainian, whatever the censor thinks of it.
You write back every week. {trust_andriy >= 2:He answers every letter and numbers them, so you will know if one goes missing. Some do.|His answers come slowly and say less than you want, and you learn to read what lies between the lines.}
Petro went east on the same train. Andriy asks after him in every camp he passes through. Nobody knows the name, until one spring a letter comes from Petro himself, in his bad spelling.
{trust_ona >= 2:Ona reads the letters with you and corrects your Russian for the replies. She says a letter to a husband should have no mistakes in it, so that he reads only what you mean.}
You are apart for years. What came after is your own, and his. The letters survive. Your granddaughter keeps them in a biscuit tin, his and yours, in the order they were written.
-> kengir_epilogue ->
-> END

=== kengir_epilogue ===
# act: epilogue
# date: 2014-06-26
# time: day
# place: elsewhere
# scene: epilogue
# beat: epilogue
# intensity: 2
What happened to the people of Kengir
Before dawn on 26 June 1954, 1,700 soldiers with 98 dogs and five T-34 tanks took the camp back by force. # fact: assault_date # fact: assault_forces
On 25 June, the day before, General Yegorov had been given the Order of the Red Banner and General Dolgikh the Order of Lenin, both for long service. # fact: awards_june25
Tanks drove over people. Women were among the dead. # fact: tanks_crushing # fact: women_in_assault
Official Soviet reports counted 37 prisoners killed; other versions of the official figures give 46. # fact: official_killed
The same reports counted 106 prisoners wounded, and 40 soldiers. # fact: official_wounded # fact: troops_wounded
Former prisoners believed that between 500 and 700 people were killed or wounded. The exact number is still not known. # fact: prisoner_estimates
The authorities arrested 436 people, every member of the prisoners' commission among them. # fact: arrests_436
Another 1,000 prisoners, 500 men and 500 women, were accused of supporting the revolt and sent to Ozerlag and Kolyma. Most of them were free by the end of the decade. # fact: dispersal_1000
Within two days of his arrest Kapiton Kuznetsov wrote a long confession; the historian Anne Applebaum believes the investigators built much of their picture of the uprising from it. # fact: kuznetsov_confession
Among the prisoners' demands, Solzhenitsyn wrote, were an end to the numbers on their clothes and the locks on their barracks, and punishment for the guard who had shot a believer they called the Evangelist. # fact: demands_solzh_list # fact: named_prelude_victims
That summer the rules in the camps were eased: an eight-hour working day, easier early release, letters without limit. Strikes like Kengir's added pressure; whether they caused the change is still argued. # fact: reforms_1954
From October 1954 until April 1956, Yegorov headed the GULAG itself. # fact: yegorov
In November 1954 the accused leaders challenged the way their case had been investigated, and the regional court in Karaganda sent it back for more work. # fact: trial_nov1954
In August 1955 the Supreme Court of Kazakhstan sentenced Kuznetsov to death. # fact: trial_aug1955 # fact: kuznetsov_fate
In February 1956 Nikita Khrushchev, First Secretary of the Communist Party, denounced Stalin in a secret speech to the Party congress. # fact: secret_speech
Steplag shrank, and in April 1956 it was abolished. # fact: steplag_shrinks_abolished
According to Applebaum, six leaders of the uprising were shot, among them Keller, Sluchenkov and Knopmus. They died in September 1956, after Stalin had been denounced; the sources give different dates. # fact: death_sentences # fact: executions_date
Kuznetsov's sentence was commuted. He was moved to Karlag, the Karaganda camp, and released in 1960. # fact: kuznetsov_fate
In January 1960 the GULAG administration itself was abolished. Forced labour went on, in corrective labour colonies. # fact: gulag_closed_1960
Aleksandr Solzhenitsyn was never at Kengir. He wrote his chapter The Forty Days of Kengir from the testimony of former prisoners. # fact: solzh_not_witness # fact: duration
It appeared in the third volume of The Gulag Archipelago, published in Paris in 1975. # fact: gulag_archipelago_pub
The historian Nikolai Formozov, of Memorial, spent years gathering the documents and the witnesses. His book is called Kites over the Zone. # fact: formozov_research
In 2014 Ivan Mamchur of Lviv, who had been a prisoner at Kengir, published his memoir: And Then the Tanks Came at the People. # fact: mamchur_memoir
One survivor said of those weeks: "Never before or since have I felt such a sense of freedom as I did then." # fact: freedom_testimony
->->
