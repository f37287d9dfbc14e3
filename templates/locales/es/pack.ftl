## El informe mensual de dirección (templates/pack.typ, templates/pack.html.tera y su correo,
## templates/pack-mail.*.tera). Las cifras llegan formateadas para el idioma. Palabras sencillas y
## exactas: la dirección cuestiona cada número, así que cada uno dice sobre qué se calcula.
##
## Variables de las etiquetas `ui-pack-`: $month (el mes del informe, «septiembre de 2026»), $company.

## Portada

# El título del documento. $month es «septiembre de 2026».
pack-title = Informe de dirección · { $month }
# Bajo el título: de qué clientes trata el informe.
pack-scope-all = Todos los clientes
# $dimension es «CSM», «Segmento» o «Región»; $group es su valor.
pack-scope-group = { $dimension }: { $group }

ui-pack-success = Éxito del cliente
ui-pack-success-note = ¿Obtienen valor los clientes? Indicadores adelantados.
ui-pack-business = El negocio
ui-pack-business-note = Lo que vale. Indicadores rezagados.
ui-pack-warnings = Leer primero
ui-pack-progress = Avance de objetivos, todos los objetivos medidos
ui-pack-stages = El recorrido del cliente
ui-pack-stages-note = El indicador de cada etapa y su responsable.
ui-pack-hot = Focos de atención
ui-pack-hot-called = Grupos que difieren del resto más allá del azar
ui-pack-hot-none = Este mes ningún grupo difiere del resto de la cartera más allá del azar.
ui-pack-hot-table = Todos los grupos
ui-pack-hot-table-note = Gris: muy pocas respuestas o cuentas para evaluar. ▲ por encima del resto, ▼ por debajo, más allá del azar.
ui-pack-funnel = Gráficos de embudo
ui-pack-funnel-note = Cada punto es un grupo: su valor frente a su tamaño. Dentro del embudo (límites del 95 % y del 99,8 % en torno a la cartera), la diferencia de un grupo se explica por el azar.
ui-pack-group = Grupo
ui-pack-movement = Movimientos
ui-pack-trends = Tendencias, 12 meses
ui-pack-method = Metodología
ui-pack-definitions = Definiciones
ui-pack-freshness = Últimos datos por tabla
ui-pack-checks = Comprobaciones de datos del mes
ui-pack-checks-none = recap check no encontró problemas.
ui-pack-rates = Tipos de cambio (moneda constante)
ui-pack-page = Página
ui-pack-open-review = Abrir la revisión de valor

## Cifras

# La cifra cuando no hay nada con qué calcularla. Nunca «0».
pack-no-data = Sin datos
# Un número de días.
pack-days =
    { $days ->
        [one] { $days } día
       *[other] { $days } días
    }
# La variación frente al mes anterior. $change lleva signo («+2 ptos.», «−40.000 €»); $month es el
# nombre del mes anterior.
pack-change = { $change } vs. { $month }
pack-change-same = sin cambios vs. { $month }
pack-change-none = sin dato de { $month }
# Un minigráfico en palabras, para lectores de pantalla.
pack-spark-alt = { $metric } en 12 meses: de { $first } a { $last }, mínimo { $low }, máximo { $high }.

pack-metric-achieving_value = Clientes que obtienen valor
pack-metric-value_generated = Valor generado
pack-metric-time_to_value = Tiempo hasta valor (mediana)
pack-metric-goal_progress = Avance medio de objetivos
pack-metric-seat_utilization = Tasa de uso de licencias
pack-metric-csat = CSAT (valoración 4–5)
pack-metric-escalations = Tickets escalados
pack-metric-nps = NPS, 12 meses
pack-metric-arr = ARR
pack-metric-nrr = Retención neta de ingresos (NRR)
pack-metric-grr = Retención bruta de ingresos (GRR)
pack-metric-logo_churn = Abandono de clientes (logos)
pack-metric-customers = Clientes
pack-metric-renewals_due = Renovaciones en 90 días

# Sobre qué se calcula cada cifra ($n clientes, respuestas, …).
pack-n-achieving_value = n = { $n } clientes con un objetivo medido
pack-n-value_generated = n = { $n } clientes con un objetivo valorado en dinero
pack-n-time_to_value = n = { $n } clientes que alcanzaron un objetivo
pack-n-goal_progress = n = { $n } objetivos medidos
pack-n-seat_utilization = n = { $n } clientes con licencias y uso
pack-n-csat = n = { $n } valoraciones este mes
pack-n-escalations = de { $n } tickets abiertos este mes
pack-n-nps = n = { $n } respuestas
pack-n-arr = n = { $n } clientes
pack-n-nrr = n = { $n } clientes hace un año
pack-n-grr = n = { $n } clientes hace un año
pack-n-logo_churn = n = { $n } clientes hace un año
pack-n-customers = con ARR al cierre del mes
pack-n-renewals_due = de { $n } clientes

# Tramos de avance de los objetivos.
pack-bucket-0 = menos del 25 %
pack-bucket-1 = 25–50 %
pack-bucket-2 = 50–75 %
pack-bucket-3 = 75–99 %
pack-bucket-4 = alcanzado

## Avisos de la página 1

# $table no tiene filas en el mes del informe; $last es su fecha más reciente.
pack-warning-stale = { $table } no tiene datos posteriores al { $last }: sus cifras de este mes faltan o están desactualizadas.
# $table no tiene ninguna fila.
pack-warning-empty = { $table } no tiene datos: faltan sus cifras.
pack-warning-unconverted = { $count ->
        [one] { $count } cuenta factura en una moneda sin tipo de cambio ({ $currencies }) y queda excluida de todas las cifras monetarias.
       *[other] { $count } cuentas facturan en monedas sin tipo de cambio ({ $currencies }) y quedan excluidas de todas las cifras monetarias.
    }

## Etapas del recorrido del cliente

pack-stage-onboarding = Onboarding
pack-stage-adoption = Adopción
pack-stage-value = Valor
pack-stage-renewal = Renovación
pack-stage-owner = Responsable: { $owner }

## Focos de atención

pack-dimension-segment = Segmento
pack-dimension-touch_model = Modelo de atención
pack-dimension-region = Región
pack-dimension-industry = Sector
pack-dimension-csm = CSM
pack-hot-nps = NPS
pack-hot-csat = CSAT
pack-hot-achieving_value = Obtención de valor
pack-hot-health = Salud
# Un grupo señalado. $value y $rest son la cifra del grupo y la del resto; $n respuestas o cuentas.
pack-hot-line-hot = { $dimension } { $group }: { $metric } { $value }, por encima del resto de la cartera ({ $rest }); n = { $n }.
pack-hot-line-cold = { $dimension } { $group }: { $metric } { $value }, por debajo del resto de la cartera ({ $rest }); n = { $n }.
# Bajo la lista. $tested comparaciones, $called señalados, $fdr la tasa de falsos descubrimientos,
# $min el tamaño mínimo de un grupo.
pack-hot-note = { $tested } grupos comparados con el resto de la cartera y { $called } señalados con una tasa de falsos descubrimientos del { $fdr }; los grupos con menos de { $min } respuestas o cuentas no se evalúan.
pack-funnel-alt = Gráfico de embudo de { $metric }: { $groups } grupos según su tamaño, { $outside } fuera de los límites del azar.

## Movimientos

pack-move-health-drops = Mayores caídas de salud
pack-move-health-drops-none = Este mes no bajó la salud de ningún cliente.
pack-move-health-figure = −{ $points }
pack-move-health-now = salud actual: { $health }
pack-move-at-risk = Renovaciones en riesgo (salud inferior a 40, renovación en los próximos 90 días)
pack-move-at-risk-none = Ninguna renovación de los próximos 90 días está en riesgo.
pack-move-at-risk-detail = salud { $health } · ARR { $arr }
pack-move-expansions = Mayores expansiones
pack-move-expansions-none = Este mes no creció el ARR de ningún cliente.
pack-move-contractions = Mayores contracciones y bajas
pack-move-contractions-none = Este mes no bajó el ARR de ningún cliente.
pack-move-arr-now = ARR actual: { $arr }
pack-move-churned = cliente perdido
pack-move-detractors = Detractores para hacer seguimiento
pack-move-detractors-none = Este mes no hubo respuestas de detractores.
pack-move-score = puntuación { $score }
pack-move-more = y { $count } más

## Página de metodología

pack-define-achieving_value = Clientes con al menos un objetivo cuya medición alcanzó o superó su meta en los últimos 12 meses, sobre los clientes con un objetivo medido (un objetivo con una medición y una meta distinta de su valor inicial). Los clientes son las cuentas con ARR superior a 0 al cierre del mes.
pack-define-value_generated = Suma, para todos los clientes, de la mejora de cada objetivo desde su valor inicial hasta su última medición, multiplicada por el valor económico por unidad acordado con el cliente, en { $currency } a los tipos fijos indicados abajo.
pack-define-time_to_value = Mediana, entre los clientes, de los días desde el inicio del contrato hasta la primera medición de cualquier objetivo en su meta.
pack-define-goal_progress = Media de (última medición − valor inicial) ÷ (meta − valor inicial) en los objetivos medidos, cada uno limitado entre el 0 % y el 100 %.
pack-define-seat_utilization = Usuarios activos (por producto, los usuarios de la funcionalidad más usada en el mes) sobre las licencias contratadas en contratos de licencia vigentes al cierre del mes, sumando ambos para los clientes que tienen los dos datos.
pack-define-csat = Proporción de los tickets de soporte abiertos en el mes y valorados de 1 a 5 que recibieron un 4 o un 5.
pack-define-escalations = Tickets de soporte abiertos en el mes y escalados.
pack-define-nps = % de promotores (9–10) − % de detractores (0–6) sobre las respuestas de los últimos 12 meses.
pack-define-arr = Ingresos recurrentes al cierre del mes, en { $currency } a los tipos fijos indicados abajo.
pack-define-nrr = De punto a punto, últimos 12 meses: para la cohorte de clientes con ARR superior a 0 doce meses antes del cierre del mes, su ARR actual sobre su ARR de entonces. Los clientes nuevos quedan fuera de la cohorte.
pack-define-grr = Como la retención neta de ingresos, pero con el ARR actual de cada cliente limitado a su ARR de entonces.
pack-define-logo_churn = Proporción de la cohorte de retención que hoy no tiene ARR.
pack-define-customers = Cuentas con ARR superior a 0 al cierre del mes.
pack-define-renewals_due = Clientes cuya fecha de renovación cae dentro de los 90 días posteriores al cierre del mes.
pack-define-hot-spots-term = Focos de atención
pack-define-hot-spots = Cada grupo se compara con el resto de la cartera, no con un total que lo incluya. NPS: la media de +1/0/−1 con su varianza trinomial (p promotores + p detractores − (p promotores − p detractores)²); CSAT y obtención de valor: prueba de puntuación (score test) para dos proporciones, con el intervalo de Wilson del grupo; salud: prueba de Welch de comparación de medias. NPS y CSAT abarcan los últimos 12 meses. Un grupo solo se señala por encima o por debajo del resto cuando el procedimiento de Benjamini-Hochberg mantiene la tasa de falsos descubrimientos en el { $fdr } para el conjunto de comparaciones del informe. Los grupos con menos de { $min } respuestas (NPS, CSAT) o cuentas (obtención de valor, salud) se muestran en gris y nunca se señalan.
pack-define-currency-term = Monedas
pack-define-currency = Los importes están en { $currency }, con un único conjunto de tipos fijos para los dos extremos de cada comparación (moneda constante), de modo que una variación del tipo de cambio nunca aparece como expansión ni como baja. Una cuenta cuya moneda no tiene tipo de cambio se incluye en la lista y queda excluida de todas las cifras monetarias; nunca se suma sin convertir.
pack-define-renewal-term = Renovaciones en riesgo
pack-define-renewal = Clientes con un índice de salud inferior a 40 cuya fecha de renovación cae dentro de los 90 días posteriores al cierre del mes.
# Un tipo de cambio. $source es su origen (recap.toml, fx_rates o «same currency»).
pack-rate = 1 { $code } = { $rate } { $currency } ({ $source })
pack-unconverted-list = Excluidas de las cifras monetarias por falta de tipo de cambio ({ $count }): { $names }.

## El correo que envía el informe

# $title es el título del informe, $scope los clientes que abarca.
pack-mail-subject = { $title } · { $scope }
ui-pack-mail-intro = Le adjuntamos en PDF el informe de dirección de este mes. Las cifras principales:
ui-pack-mail-footer = Enviado por recap para { $company }. Todas las cifras se definen en la página de metodología del informe.

# Page 1's summary of the renewals at risk. $arr is their ARR.
pack-at-risk-line = { $count ->
        [0] Ninguna renovación de los próximos 90 días está en riesgo.
        [one] 1 renovación de los próximos 90 días está en riesgo (salud inferior a 40): { $arr } de ARR.
       *[other] { $count } renovaciones de los próximos 90 días están en riesgo (salud inferior a 40): { $arr } de ARR.
    }
ui-pack-glance = Este mes

# Under the method page's table of latest dates: when a table counts as out of date.
ui-pack-freshness-note = El ARR y el uso deben llegar al mes del informe; las tablas de eventos (tickets, NPS, mediciones de objetivos, hitos) necesitan uno en los últimos tres meses. Una tabla más antigua se señala en la página 1.

# Las comprobaciones de datos de la página de metodología (`recap check`), una por tipo de hallazgo; $table es la tabla.
pack-check-orphan_rows = filas cuyo account_id no corresponde a ninguna cuenta: corregir la clave o añadir la cuenta
pack-check-unreadable_value = valores que recap no puede leer (las fechas deben ir en formato YYYY-MM-DD)
pack-check-no_name = cuentas sin nombre
pack-check-no_goals = cuentas sin objetivos: no hay con qué medir el valor
pack-check-no_contacts = cuentas sin contactos: no hay a quién enviar los documentos
pack-check-goal_without_measurements = objetivos nunca medidos: su avance figura como «Sin datos»
pack-check-goal_target_equals_baseline = objetivos cuya meta coincide con el valor inicial: el avance no está definido
pack-check-stale_arr = cuentas cuyos datos de ARR terminan antes del mes del informe
pack-check-stale_usage = cuentas cuyos datos de uso terminan antes del mes del informe
pack-check-negative_arr = ARR negativo (poner 0 tras la baja)
pack-check-negative_seats = número negativo de licencias contratadas
pack-check-ends_before_start = filas que terminan antes de empezar
pack-check-negative_usage = usuarios activos o eventos en negativo
pack-check-nps_out_of_range = puntuaciones de NPS fuera de 0–10 (excluidas del NPS)
pack-check-csat_out_of_range = valoraciones de CSAT fuera de 1–5 (excluidas del CSAT)
