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
        <source>Close</source>
        <translation>Cerrar</translation>
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
    <name>Viewer</name>
    <message>
        <source>Topic text</source>
        <translation>Texto del tema</translation>
    </message>
</context>
</TS>
