## La revue de valeur dans son ensemble : son titre, son auteur et les remarques sur les données.

# Le titre du PDF. $account est le nom du client, $period le nom de la période.
review-title = Revue de valeur : { $account }, { $period }

# Sous le titre. $named vaut yes quand le compte a un CSM ($csm) ; $company est l’éditeur.
review-prepared-by =
    { $named ->
        [yes] Préparé par { $csm }, { $company }
       *[no] Préparé par { $company }
    }

## Remarques sur ce que les données n’ont pas permis d’établir (« À propos des données »).

# $table est le nom d’une table de données, $problem le problème rencontré, tel que recap l’a
# constaté (en anglais).
note-unreadable-rows = Certaines lignes de { $table } n’ont pas pu être lues : { $problem }.
note-partly-valued =
    La valeur monétaire couvre { $valued ->
        [one] { $valued } objectif mesuré
       *[other] { $valued } objectifs mesurés
    } sur { $measured } ; les autres n’ont pas de valeur unitaire convenue et sont présentés dans leurs propres unités.
note-no-usage = Aucune utilisation du produit n’a été enregistrée en { $month }.
note-no-nps = Aucune réponse à l’enquête NPS n’a été enregistrée pour ce compte.
