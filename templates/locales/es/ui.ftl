### Los encabezados y etiquetas que imprimen las propias plantillas de la revisión
### (templates/review.typ para el PDF, templates/review.html.tera para la página HTML); las
### frases y cifras llegan con los datos. Cada mensaje `ui-` es `labels.<id sin ui-, - como _>`
### en las plantillas: `ui-goals-heading` es `labels.goals_heading`.
###
### Variables, todas ya formateadas para el idioma:
###   $period    el periodo de la revisión ("T3 2026")
###   $previous  el periodo anterior ("T2 2026")
###   $next      el periodo siguiente ("T4 2026")
###   $month     el mes en que se cuentan licencias y funcionalidades ("septiembre de 2026")
###   $renewal   la fecha de renovación ("30 sept 2026"), vacía si no hay
###   $account   el nombre del cliente
###   $company   el nombre del proveedor
###   $csm       el nombre del customer success manager, o vacío

## Portada y líneas de cabecera y pie

# Junto al nombre o logotipo del proveedor, arriba en la página 1.
ui-document-type = Revisión ejecutiva de valor
# Sobre el nombre del cliente en la página 1; también en el pie de página, tras el nombre del
# proveedor.
ui-review-period = Revisión de valor · { $period }
# En la línea de portada, solo cuando el contrato tiene fecha de renovación.
ui-cover-renews = Renovación: { $renewal }
# En el pie de la página HTML, antes del id de la cuenta: "Cuenta ACME-001".
ui-footer-account = Cuenta

## Página 1: resumen

# Encabezado del resumen de la página 1 (en la página HTML; el PDF no lo tiene).
ui-summary-heading = Resumen
# Sobre los resultados de los objetivos en las unidades del propio cliente; también se muestra
# en grande cuando ningún objetivo tiene un valor económico acordado.
ui-own-measures = En sus propias unidades
ui-next-summary-heading = Propuesta para { $next }
ui-health-strip-heading = Salud, componente a componente
# Antes del peso de un componente de salud en el índice: "peso 30 %".
ui-health-weight = peso
# Una cifra que no se pudo medir (componentes de salud).
ui-no-data = sin datos
ui-notes-heading = Sobre los datos
# Diapositiva 2 de la presentación.
ui-glance-eyebrow = De un vistazo
ui-glance-heading = Así cerramos { $period }

## Antetítulos de sección: las versalitas sobre el encabezado de cada parte

ui-define-eyebrow = Definir
ui-deliver-eyebrow = Entregar
ui-sentiment-eyebrow = Soporte y satisfacción
ui-demonstrate-next-eyebrow = Demostrar y próximos pasos
# Las diapositivas de la presentación dividen "Demostrar y próximos pasos" en dos.
ui-demonstrate-eyebrow = Demostrar
ui-next-eyebrow = Próximos pasos

## Columnas de tabla

ui-column-goal = Objetivo
ui-column-baseline = Valor inicial
ui-column-target = Meta
ui-column-now = Actual
ui-column-progress = Avance
ui-column-status = Estado
ui-column-stakeholder = Parte interesada
# La medida inicial y la actual: "20 h → 14 h".
ui-column-measure = Inicial → actual
ui-column-change = Cambio
ui-column-value = Valor
# La fila del total en dinero, en pantallas pequeñas.
ui-column-total = Total

## Definir: objetivos por parte interesada

ui-goals-heading = Objetivos por parte interesada
# En la columna de avance de un objetivo sin medición.
ui-goal-not-measured = sin medir
# Antes de la fecha límite de un objetivo: "vence el 30 sept 2026".
ui-goal-due = vence el

## Entregar: adopción y plan de éxito

# Encabezado del gráfico de licencias en el PDF.
ui-adoption-heading = Adopción
# Encabezado de toda la parte en la página HTML.
ui-deliver-heading = Adopción y plan de éxito
ui-features-heading = Adopción de funcionalidades en { $month }
# Licencias pagadas que no se usan (shelfware).
ui-shelfware-heading = Licencias sin uso
# Tras el coste anual de las licencias sin uso: "4.800 US$ al año".
ui-shelfware-per-year = al año
# Antes del porcentaje de licencias en uso: "Licencias en uso: 62 %".
ui-seats-in-use = Licencias en uso:
ui-plan-heading = Plan de éxito

## Soporte y satisfacción

ui-sentiment-heading = Cómo se percibió el servicio
ui-support-heading = Soporte
# Bajo las cifras de tickets de soporte del periodo.
ui-support-opened = tickets abiertos
ui-support-escalated = escalados
ui-support-critical = críticos
# Bajo la valoración media de satisfacción de los tickets ("4,6 / 5").
ui-support-rating = nota media
ui-nps-heading = Net Promoter Score (NPS)
# Bajo la puntuación de este periodo y la del anterior.
ui-nps-this-period = NPS, { $period }
ui-nps-previous-period = NPS, { $previous }
# Bajo el número de respuestas a la encuesta.
ui-nps-responses = respuestas
# Comentarios de la encuesta, citados.
ui-comments-heading = En sus propias palabras
# Las comillas que rodean un comentario.
ui-quote-open = «
ui-quote-close = »

## Demostrar y próximos pasos

ui-demonstrate-heading = El valor aportado y los próximos pasos
ui-value-heading = Valor aportado
# La última fila de la tabla de valor, antes del total en dinero.
ui-value-total = Total con valor económico acordado
ui-health-heading = Salud
ui-next-heading = Objetivos propuestos para { $next }
# Antes de la última medición de un objetivo propuesto: "actual: 62 %".
ui-next-now = actual:

# Entre una etiqueta y su valor cuando una pantalla estrecha los muestra en una sola línea ("Meta: 91 %").
ui-label-separator = {": "}
