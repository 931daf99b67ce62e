/**
 * Words that name the widget, not the question: buttons, drop zones, file rules, prompts and badges,
 * in the languages forms are written in. A label part that is only one of these is not the question.
 */
const WIDGET_WORDS = [
  // buttons and links beside an upload box
  '\\+ .*',
  'attach( a| your)?( files?| documents?)?',
  'attachments',
  '(supporting )?documents',
  'uploads?',
  'upload (a |your )?files?( or .*)?',
  'upload from:?',
  'upload from (your |my )?(device|computer)',
  'my (device|computer)',
  '(from )?(google drive|dropbox|one ?drive|box)',
  'files?',
  '(or )?browse\\W*',
  'browse files?',
  '(choose|select)( a| an| your)? (file|pdf|document|docx?)',
  '\\W*choose (a )?file\\b.*',
  '(or )?enter manually',
  // a box that already holds a file offers to swap it: (pt) (es) (fr) (de) (it)
  '(replace|change)( (the |your )?file)?|substituir|trocar|reemplazar|remplacer|ersetzen|sostituisci',
  // an address lookup's button beside the boxes it fills
  '(find|search|look ?up) (my |your |an |the )?(address|post ?code|zip( code)?)',
  // drop zones
  '(or )?drag (and|&) drop\\b.*',
  'drag (and|&) drop,? or',
  '(or )?drag (it |a |the |your )?(files? )?here( or)?',
  '(choose|select) from (folder|computer|device)',
  'no file (attached|uploaded)',
  'drop (a |your )?(pdf|file|cv|resume|document)s? here( or)?',
  'drop files? here',
  '(drag (and|&) )?drop (your |a |the )?(files?|documents?) here\\b.*',
  '(or )?(click|tap) (here )?to (browse|upload|select|choose).*',
  'no file (chosen|selected)',
  // file rules
  'accepted( file types)?:? .*',
  '\\(?file types.*',
  'max(imum)? (file )?size.*',
  'importe[rz]? (un |votre |le )?(fichier|document|cv)',
  'glissez.*',
  'deposez (votre |vos |un |le |les )?fichiers?\\b.*',
  'size limit.*',
  '\\(?\\.?(pdf|docx?|odt|rtf|txt)\\b[ ,/]+(.*\\b)?(pdf|docx?|odt|rtf|txt|word|mb|kb|mo|ko)\\b.*',
  // prompts, answers and badges
  'select( one)?',
  'select an? (answer|option)',
  'select(\\.*|…)',
  'please select',
  'type your response',
  // a dependent dropdown's prompt names the one to answer first, not its own question:
  // "Select the state first", (pt) "Selecione o estado primeiro", (es) "Seleccione la provincia primero"
  '(please )?(select|choose|pick) (a |an |the |your )?\\S+( \\S+)? first',
  '(selecione|escolha|seleccione|elija) (o |a |el |la |um |uma |un |una |seu |sua )?\\S+( \\S+)? (primeiro|primero)',
  // a generic answer box's own label: the question is the text before it
  '(your|votre|tu|su|sua|ihre|deine|je|il tuo|la tua) (answer|reponse|respuesta|resposta|antwort|antwoord|risposta)',
  'antwoord|reponse|respuesta|resposta|antwort|answer',
  'write here',
  'yes',
  'no',
  '--',
  'optional',
  'required',
  // other languages: (de) (fr) (es) (pt) (it) (nl) (pl) (ja) (zh) (ko)
  'keine datei ausgewahlt|datei auswahlen|durchsuchen\\W*|(datei(en)? )?hochladen',
  'televers\\w*( (un |le |votre |vos )?fichiers?)?( (depuis|de|a partir de) (mon|votre|ton|l.) ?(ordinateur|appareil))?',
  'aucun fichier (choisi|selectionne)|parcourir\\W*|parcour\\w* (vos |les |mes )?fichiers|(choisir|selectionner) (un |des |le |vos )?fichiers?',
  // the 'or' between a drop zone and its button, standing alone
  'or|ou|oder|o',
  '(deposer|glisser) (un |le |les |vos )?fichiers? ici',
  'ningun archivo seleccionado|seleccionar archivo|examinar\\W*',
  'nenhum (ficheiro|arquivo) selecionado|(carregar|escolher|selecionar|anexar) (ficheiro|arquivo)',
  'nessun file selezionato|sfoglia\\W*|carica( file)?',
  'bladeren\\W*',
  '(dodaj|wybierz|zmien) plik( \\(.*\\))?|przegladaj\\W*|wymagane|obowiazkowe',
  'ファイルを選択|選択してください|必須|任意|(ここに)?ファイルを(ドロップ|ドラッグ).*|クリックして(選択|アップロード).*',
  '选择文件|上传(文件|附件)?|请选择|必填|(将)?文件拖(拽|动)?到此.*|点击上传.*',
  // (ko)
  '선택해 ?주세요|선택하세요|파일 ?(선택|첨부)|필수|(우편번호|주소) ?(찾기|검색)',
];
/** A pictogram before the words ("📎 Upload a file") does not make them a question. */
const WIDGET_TEXT = `(?:[^\\p{L}\\p{N}\\s(+-]+\\s*)?(?:${WIDGET_WORDS.join('|')})`;
/** A bilingual page says each widget word twice ("Téléverser depuis mon ordinateur / Upload from my computer"). */
export const GENERIC_LABEL = new RegExp(`^${WIDGET_TEXT}(?: / ${WIDGET_TEXT})*$`, 'u');
