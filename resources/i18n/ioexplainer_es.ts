<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>CaptionPanel</name>
    <message>
        <source>Next step ›</source>
        <translation>Siguiente paso ›</translation>
    </message>
    <message>
        <source>Next step of the picture</source>
        <translation>Siguiente paso de la imagen</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>Read about this: %1 ›</source>
        <translation>Leer más sobre esto: %1 ›</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Space: play or pause the picture (when it has focus)</source>
        <translation>Barra espaciadora: reproducir o pausar la imagen (cuando está seleccionada)</translation>
    </message>
    <message>
        <source>Left / Right: the step before or after</source>
        <translation>Izquierda / Derecha: el paso anterior o siguiente</translation>
    </message>
    <message>
        <source>Home: the picture from the start</source>
        <translation>Inicio: la imagen desde el principio</translation>
    </message>
    <message>
        <source>Tab: move to the next button; Enter or Space presses it</source>
        <translation>Tab: ir al botón siguiente; Intro o la barra espaciadora lo pulsa</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the topic you read before</source>
        <translation>Volver al tema que leyó antes</translation>
    </message>
    <message>
        <source>Forward ›</source>
        <translation>Adelante ›</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Forward to the next topic in your history</source>
        <translation>Ir al siguiente tema de su historial</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Home: the first topic</source>
        <translation>Inicio: el primer tema</translation>
    </message>
    <message>
        <source>Home: every topic</source>
        <translation>Inicio: todos los temas</translation>
    </message>
    <message>
        <source>‹ Previous</source>
        <translation>‹ Anterior</translation>
    </message>
    <message>
        <source>Previous topic</source>
        <translation>Tema anterior</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Tema siguiente</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Teclas del teclado</translation>
    </message>
    <message>
        <source>Show the keyboard keys</source>
        <translation>Mostrar las teclas del teclado</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Cerrar la aplicación</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Pantalla completa: activar o desactivar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the card or leave full screen</source>
        <translation>Cerrar la tarjeta o salir de la pantalla completa</translation>
    </message>
</context>
<context>
    <name>CountdownOverlay</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <source>I&apos;m still here: keep reading</source>
        <translation>Sigo aquí: seguir leyendo</translation>
    </message>
    <message>
        <source>Starting over in 1 second for the next person.</source>
        <translation>En 1 segundo, todo empieza de nuevo para la siguiente persona.</translation>
    </message>
    <message>
        <source>Starting over in %1 seconds for the next person.</source>
        <translation>En %1 segundos, todo empieza de nuevo para la siguiente persona.</translation>
    </message>
</context>
<context>
    <name>DiagramControls</name>
    <message>
        <source>Next step ›</source>
        <translation>Siguiente paso ›</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Ver: %1</translation>
    </message>
    <message>
        <source>Restart from the beginning (Home)</source>
        <translation>Empezar desde el principio (Inicio)</translation>
    </message>
    <message>
        <source>Previous step (Left arrow)</source>
        <translation>Paso anterior (flecha izquierda)</translation>
    </message>
    <message>
        <source>‹ Back</source>
        <translation>‹ Atrás</translation>
    </message>
    <message>
        <source>Next step (Right arrow)</source>
        <translation>Paso siguiente (flecha derecha)</translation>
    </message>
    <message>
        <source>Time in the story</source>
        <translation>Momento de la historia</translation>
    </message>
    <message>
        <source>½×</source>
        <translation>½×</translation>
    </message>
    <message>
        <source>1×</source>
        <translation>1×</translation>
    </message>
    <message>
        <source>2×</source>
        <translation>2×</translation>
    </message>
    <message>
        <source>Speed %1</source>
        <translation>Velocidad %1</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Show names in the diagram</source>
        <translation>Mostrar los nombres en la imagen</translation>
    </message>
    <message>
        <source>Still pictures</source>
        <translation>Imágenes fijas</translation>
    </message>
    <message>
        <source>Still pictures instead of movement</source>
        <translation>Imágenes fijas en lugar de movimiento</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (barra espaciadora)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (barra espaciadora)</translation>
    </message>
</context>
<context>
    <name>DiagramPanel</name>
    <message>
        <source>How T cells find cancer: before and after therapy</source>
        <translation>Cómo encuentran el cáncer las células T: antes y después del tratamiento</translation>
    </message>
    <message>
        <source>Show the text too</source>
        <translation>Mostrar también el texto</translation>
    </message>
    <message>
        <source>Bigger picture</source>
        <translation>Imagen más grande</translation>
    </message>
    <message>
        <source>Show the text beside the picture again</source>
        <translation>Volver a mostrar el texto junto a la imagen</translation>
    </message>
    <message>
        <source>Make the picture bigger: it takes the whole width</source>
        <translation>Agrandar la imagen: ocupa todo el ancho</translation>
    </message>
</context>
<context>
    <name>DiagramView</name>
    <message>
        <source>Diagram: T cells and cancer cells</source>
        <translation>Diagrama: células T y células cancerosas</translation>
    </message>
</context>
<context>
    <name>EndCard</name>
    <message>
        <source>You&apos;ve finished</source>
        <translation>Ha terminado</translation>
    </message>
    <message>
        <source>Well done. Tell your nurse or doctor one thing you learned today, and ask them anything that is still not clear.</source>
        <translation>Muy bien. Cuéntele a su enfermera o a su médico una cosa que aprendió hoy, y pregunte todo lo que aún no esté claro.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>GlossaryCard</name>
    <message>
        <source>Word explained</source>
        <translation>Palabra explicada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the explanation</source>
        <translation>Cerrar la explicación</translation>
    </message>
</context>
<context>
    <name>KioskScreens</name>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
</context>
<context>
    <name>LanguageCard</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choose a language</source>
        <translation>Elija un idioma</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Language: %1</source>
        <translation>Idioma: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Understanding immunotherapy</source>
        <translation>Entender la inmunoterapia</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings: text size, language, contrast, pictures</source>
        <translation>Ajustes: tamaño de letra, idioma, contraste, imágenes</translation>
    </message>
    <message>
        <source>Topic %1 of %2</source>
        <translation>Tema %1 de %2</translation>
    </message>
    <message>
        <source>Finish ›</source>
        <translation>Terminar ›</translation>
    </message>
    <message>
        <source>Next ›</source>
        <translation>Siguiente ›</translation>
    </message>
    <message>
        <source>Finish: you have read every topic</source>
        <translation>Terminar: ha leído todos los temas</translation>
    </message>
    <message>
        <source>Next topic</source>
        <translation>Tema siguiente</translation>
    </message>
    <message>
        <source># Sorry, there is nothing to read yet

The information for this screen could not be loaded. Please ask a member of staff for help.

*For staff: run `ioexplainer check` to see what is wrong.*</source>
        <translation># Lo sentimos, todavía no hay nada para leer

No se pudo cargar la información de esta pantalla. Por favor, pida ayuda a alguien del personal.

*Para el personal: ejecute `ioexplainer check` para ver qué falla.*</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>Pausar la lectura en voz alta</translation>
    </message>
    <message>
        <source>Go on reading aloud</source>
        <translation>Seguir leyendo en voz alta</translation>
    </message>
    <message>
        <source>Listen: read this page aloud</source>
        <translation>Escuchar: leer esta página en voz alta</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Parar la lectura en voz alta</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Menu: topics, language, settings and more</source>
        <translation>Menú: temas, idioma, ajustes y más</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Topics: the list of every topic</source>
        <translation>Temas: la lista de todos los temas</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Teclas del teclado</translation>
    </message>
    <message>
        <source>Word not found</source>
        <translation>Palabra no encontrada</translation>
    </message>
    <message>
        <source>Sorry, there is no explanation for this word yet.</source>
        <translation>Lo sentimos, todavía no hay una explicación para esta palabra.</translation>
    </message>
    <message>
        <source>Not available here</source>
        <translation>No disponible aquí</translation>
    </message>
    <message>
        <source>This app works without the internet, so it cannot open websites or files. Please ask your care team for this information.</source>
        <translation>Esta aplicación funciona sin internet, así que no puede abrir páginas web ni archivos. Por favor, pida esta información a su equipo médico.</translation>
    </message>
</context>
<context>
    <name>MoreBelow</name>
    <message>
        <source>More below ↓</source>
        <translation>Más abajo ↓</translation>
    </message>
    <message>
        <source>Show more of the words below</source>
        <translation>Mostrar más del texto de abajo</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Choose a topic to read. Use the arrow keys and Enter.</source>
        <translation>Elija un tema para leer. Use las flechas del teclado y la tecla Intro.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Staff only: enter the PIN</source>
        <translation>Solo para el personal: escriba el PIN</translation>
    </message>
    <message>
        <source>⌫</source>
        <translation>⌫</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Wrong PIN. Please try again.</source>
        <translation>PIN incorrecto. Por favor, inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Locked for %1 s.</source>
        <translation>Demasiados intentos fallidos. Bloqueado durante %1 s.</translation>
    </message>
    <message>
        <source>You can try again.</source>
        <translation>Puede intentarlo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PrintButtons</name>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save this page as a PDF file, in large print</source>
        <translation>Guardar esta página como archivo PDF, con letra grande</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Print this page in large print</source>
        <translation>Imprimir esta página con letra grande</translation>
    </message>
    <message>
        <source>To take this page home on paper, ask a member of staff to print it for you.</source>
        <translation>Si quiere llevarse esta página en papel, pida al personal que se la imprima.</translation>
    </message>
    <message>
        <source>Sorry, the PDF could not be saved there. Please choose another folder.</source>
        <translation>Lo sentimos, no se pudo guardar el PDF ahí. Por favor, elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved %1 (%2 pages).</source>
        <translation>Se guardó %1 (%2 páginas).</translation>
    </message>
    <message>
        <source>Sent %1 pages to the printer.</source>
        <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
</context>
<context>
    <name>SettingsCard</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño de letra</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lectura en voz alta</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Moving</source>
        <translation>En movimiento</translation>
    </message>
    <message>
        <source>Still, step by step</source>
        <translation>Fijas, paso a paso</translation>
    </message>
    <message>
        <source>When I press Listen</source>
        <translation>Cuando pulso «Escuchar»</translation>
    </message>
    <message>
        <source>Each page as it opens</source>
        <translation>Cada página al abrirse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Read aloud only when I press Listen</source>
        <translation>Leer en voz alta solo cuando pulso «Escuchar»</translation>
    </message>
    <message>
        <source>Read each page aloud as it opens</source>
        <translation>Leer cada página en voz alta al abrirse</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>What would you like to know? Touch a topic to start.</source>
        <translation>¿Qué le gustaría saber? Toque un tema para empezar.</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Watch how it works</source>
        <translation>Ver cómo funciona</translation>
    </message>
    <message>
        <source>T cells and cancer, step by step</source>
        <translation>Células T y cáncer, paso a paso</translation>
    </message>
    <message>
        <source>The picture of T cells and cancer, before and after treatment, step by step.</source>
        <translation>La imagen de las células T y el cáncer, antes y después del tratamiento, paso a paso.</translation>
    </message>
    <message>
        <source>Back to the top ↑</source>
        <translation>Volver arriba ↑</translation>
    </message>
    <message>
        <source>More topics ↓</source>
        <translation>Más temas ↓</translation>
    </message>
    <message>
        <source>Back to the first topics</source>
        <translation>Volver a los primeros temas</translation>
    </message>
    <message>
        <source>Show more topics</source>
        <translation>Mostrar más temas</translation>
    </message>
</context>
<context>
    <name>TextSizeControl</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Letra más pequeña (Ctrl+−)</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Letra más grande (Ctrl++)</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Pequeña</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Grande</translation>
    </message>
    <message>
        <source>Largest</source>
        <translation>Muy grande</translation>
    </message>
    <message>
        <source>Text: %1</source>
        <translation>Letra: %1</translation>
    </message>
</context>
<context>
    <name>TopicDocument</name>
    <message>
        <source>Tap or click an underlined word to see what it means.</source>
        <translation>Toque o haga clic en una palabra subrayada para ver qué significa.</translation>
    </message>
    <message>
        <source>Last checked: %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
</context>
<context>
    <name>TopicsDrawer</name>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ViewTabs</name>
    <message>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <source>Read: the text of this topic</source>
        <translation>Leer: el texto de este tema</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Picture: how T cells find cancer</source>
        <translation>Imagen: cómo las células T encuentran el cáncer</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <source>Topic text</source>
        <translation>Texto del tema</translation>
    </message>
    <message>
        <source>Link: %1</source>
        <translation>Enlace: %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show the version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <source>Explains cancer immunotherapy (immuno-oncology) to patients and families, with a moving picture of T cells before and after therapy. Works offline.</source>
        <translation>Explica la inmunoterapia contra el cáncer (inmunooncología) a pacientes y familias, con una imagen en movimiento de las células T antes y después del tratamiento. Funciona sin internet.</translation>
    </message>
    <message>
        <source>examples:
  ioexplainer                              start the app with the bundled content
  ioexplainer --lang de                    start in German (English where a topic is not translated)
  ioexplainer --config /etc/ioexplainer.toml
  ioexplainer --kiosk --config kiosk.toml  run as a waiting-room kiosk
  ioexplainer hash-pin                     make the staff PIN line for a kiosk config
  ioexplainer --screenshot shot.png --size 1920x1080 --topic how-cancer-escapes
  ioexplainer check                        check the bundled content for problems
  ioexplainer check ~/my-content           check another content pack
  ioexplainer render --scenario after --out frames --size 1280x720 --fps 2
  ioexplainer bench                        measure the diagram&apos;s speed
</source>
        <translation>ejemplos:
  ioexplainer                              inicia la aplicación con el contenido incluido
  ioexplainer --lang es                    inicia en español (en inglés donde un tema no está traducido)
  ioexplainer --config /etc/ioexplainer.toml
  ioexplainer --kiosk --config kiosk.toml  funciona como quiosco de sala de espera
  ioexplainer hash-pin                     crea la línea del PIN del personal para la configuración del quiosco
  ioexplainer --screenshot shot.png --size 1920x1080 --topic how-cancer-escapes
  ioexplainer check                        revisa el contenido incluido en busca de problemas
  ioexplainer check ~/my-content           revisa otro paquete de contenido
  ioexplainer render --scenario after --out frames --size 1280x720 --fps 2
  ioexplainer bench                        mide la velocidad del diagrama
</translation>
    </message>
    <message>
        <source>language of the text: en, de or es (default: en)</source>
        <translation>idioma del texto: en, de o es (predeterminado: en)</translation>
    </message>
    <message>
        <source>use another content pack folder instead of the bundled one</source>
        <translation>usar otra carpeta de contenido en lugar de la incluida</translation>
    </message>
    <message>
        <source>read settings from a TOML file</source>
        <translation>leer la configuración de un archivo TOML</translation>
    </message>
    <message>
        <source>show still pictures instead of movement</source>
        <translation>mostrar imágenes fijas en lugar de movimiento</translation>
    </message>
    <message>
        <source>run as a waiting-room kiosk: full screen, starts over after idle time</source>
        <translation>funcionar como quiosco de sala de espera: pantalla completa, vuelve a empezar tras un rato sin uso</translation>
    </message>
    <message>
        <source>draw the window once into a PNG file and exit (works without a screen)</source>
        <translation>dibujar la ventana una vez en un archivo PNG y salir (funciona sin pantalla)</translation>
    </message>
    <message>
        <source>window size for --screenshot (default: 1280x800)</source>
        <translation>tamaño de la ventana para --screenshot (predeterminado: 1280x800)</translation>
    </message>
    <message>
        <source>topic to show first, such as how-cancer-escapes</source>
        <translation>tema que se muestra primero, por ejemplo how-cancer-escapes</translation>
    </message>
    <message>
        <source>with --screenshot: also write what is on screen (every widget&apos;s place, words, text size, and whether they fit; the diagram&apos;s labels) as JSON</source>
        <translation>con --screenshot: escribir también en JSON lo que hay en pantalla (lugar, palabras y tamaño de letra de cada elemento, si todo cabe; las etiquetas del diagrama)</translation>
    </message>
    <message>
        <source>check a content pack and list every problem</source>
        <translation>revisar un paquete de contenido y listar cada problema</translation>
    </message>
    <message>
        <source>Check a content pack. Prints each problem as path:line: message. Exit 0 when clean, 1 when there are problems.</source>
        <translation>Revisa un paquete de contenido. Muestra cada problema como ruta:línea: mensaje. Sale con 0 si todo está bien y con 1 si hay problemas.</translation>
    </message>
    <message>
        <source>content pack folder (default: the bundled one)</source>
        <translation>carpeta del paquete de contenido (predeterminada: la incluida)</translation>
    </message>
    <message>
        <source>write the diagram&apos;s frames as numbered PNG files</source>
        <translation>escribir los fotogramas del diagrama como archivos PNG numerados</translation>
    </message>
    <message>
        <source>Write diagram frames as PNG files, without a screen.</source>
        <translation>Escribe fotogramas del diagrama como archivos PNG, sin pantalla.</translation>
    </message>
    <message>
        <source>before, after, side-by-side, or another registered scenario</source>
        <translation>before, after, side-by-side u otro escenario registrado</translation>
    </message>
    <message>
        <source>folder for the PNG files</source>
        <translation>carpeta para los archivos PNG</translation>
    </message>
    <message>
        <source>picture size (default: 1920x1080)</source>
        <translation>tamaño de la imagen (predeterminado: 1920x1080)</translation>
    </message>
    <message>
        <source>frames per second of story time (default: 4)</source>
        <translation>fotogramas por segundo del tiempo de la historia (predeterminado: 4)</translation>
    </message>
    <message>
        <source>one settled picture per step instead</source>
        <translation>en su lugar, una imagen quieta por paso</translation>
    </message>
    <message>
        <source>leave out the names in the picture</source>
        <translation>omitir los nombres en la imagen</translation>
    </message>
    <message>
        <source>make the admin_pin_hash line for a kiosk config file</source>
        <translation>crear la línea admin_pin_hash para un archivo de configuración del quiosco</translation>
    </message>
    <message>
        <source>Asks for a 4 to 12 digit PIN (twice) and prints the admin_pin_hash line to put in the kiosk config file. Only the salted hash is stored.</source>
        <translation>Pide un PIN de 4 a 12 cifras (dos veces) y muestra la línea admin_pin_hash para el archivo de configuración del quiosco. Solo se guarda el hash con sal.</translation>
    </message>
    <message>
        <source>measure the diagram&apos;s speed and CPU use</source>
        <translation>medir la velocidad y el uso de CPU del diagrama</translation>
    </message>
    <message>
        <source>Paint time per frame, CPU while animating, wake-ups while paused.</source>
        <translation>Tiempo de dibujo por fotograma, CPU durante la animación, despertares en pausa.</translation>
    </message>
    <message>
        <source>how long to animate (default: 10)</source>
        <translation>cuánto tiempo animar (predeterminado: 10)</translation>
    </message>
    <message>
        <source>frames to time for painting (default: 300)</source>
        <translation>fotogramas cuyo tiempo de dibujo se mide (predeterminado: 300)</translation>
    </message>
    <message>
        <source>simulated kiosk visits before measuring memory (default: 1000; 0 to skip)</source>
        <translation>visitas simuladas al quiosco antes de medir la memoria (predeterminado: 1000; 0 para omitir)</translation>
    </message>
    <message>
        <source>start the app and a bare Qt window N times each to compare start-up (default: 7; 0 to skip)</source>
        <translation>iniciar la aplicación y una ventana Qt vacía N veces cada una para comparar el arranque (predeterminado: 7; 0 para omitir)</translation>
    </message>
    <message>
        <source>%1: error: %2 (see: %1 --help)</source>
        <translation>%1: error: %2 (vea: %1 --help)</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos desconocidos: %s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>faltan estos argumentos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se espera un valor</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se espera como máximo un valor</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se espera al menos un valor</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>el argumento %r no se espera</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede ser %(matches)s</translation>
    </message>
    <message>
        <source>size must look like 1920x1080, not %1</source>
        <translation>el tamaño debe ser como 1920x1080, no %1</translation>
    </message>
    <message>
        <source>size %1 is out of range: use 800x600 (the smallest the app is laid out for) up to 7680x4320</source>
        <translation>el tamaño %1 no es posible: use de 800x600 (lo más pequeño para lo que está hecha la app) a 7680x4320</translation>
    </message>
    <message>
        <source>picture size must look like 1920x1080, from 240x135 to 7680x4320, not %1</source>
        <translation>el tamaño de la imagen debe ser como 1920x1080, de 240x135 a 7680x4320, no %1</translation>
    </message>
    <message>
        <source>fps must be a number such as 4, not %1</source>
        <translation>fps debe ser un número como 4, no %1</translation>
    </message>
    <message>
        <source>fps %1 is out of range (0.1 to 60)</source>
        <translation>fps %1 no es posible (de 0.1 a 60)</translation>
    </message>
    <message>
        <source>content folder not found: %1 (give the folder that holds en/)</source>
        <translation>no se encuentra la carpeta de contenido: %1 (indique la carpeta que contiene en/)</translation>
    </message>
    <message>
        <source>content folder not found: %1 (check --content or content = in the config)</source>
        <translation>no se encuentra la carpeta de contenido: %1 (revise --content o content = en la configuración)</translation>
    </message>
    <message>
        <source>%1 holds no content pack: no language folder (such as en/) with topic files in it (check --content or content = in the config)</source>
        <translation>%1 no contiene un paquete de contenido: ninguna carpeta de idioma (como en/) con archivos de temas (revise --content o content = en la configuración)</translation>
    </message>
    <message>
        <source>no content in language %1; languages of this pack: %2 (check --lang or lang = in the config)</source>
        <translation>no hay contenido en el idioma %1; idiomas de este paquete: %2 (revise --lang o lang = en la configuración)</translation>
    </message>
    <message>
        <source>no screen found (DISPLAY and WAYLAND_DISPLAY are not set); start it from a desktop or kiosk session, or draw into a file with --screenshot FILE.png</source>
        <translation>no se encuentra una pantalla (DISPLAY y WAYLAND_DISPLAY no están definidos); iníciela desde una sesión de escritorio o de quiosco, o dibuje en un archivo con --screenshot ARCHIVO.png</translation>
    </message>
    <message>
        <source>--layout-report goes with --screenshot FILE.png (it describes that picture)</source>
        <translation>--layout-report va con --screenshot ARCHIVO.png (describe esa imagen)</translation>
    </message>
</context>
</TS>
