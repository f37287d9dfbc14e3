## La revisión de valor en conjunto: su título, quién la elaboró y notas sobre los datos.

# El título del PDF. $account es el nombre del cliente; $period, el nombre del periodo.
review-title = Revisión de valor: { $account }, { $period }

# Bajo el título. $named es yes cuando la cuenta tiene un CSM ($csm); $company es el proveedor.
review-prepared-by =
    { $named ->
        [yes] Elaborado por { $csm }, { $company }
       *[no] Elaborado por { $company }
    }

## Notas sobre lo que los datos no permitieron saber ("Sobre los datos").

# $table es el nombre de una tabla de datos; $problem, lo que estaba mal, tal como lo
# detectó recap (en inglés).
note-unreadable-rows = No se pudieron leer algunas filas de { $table }: { $problem }.
note-partly-valued = El valor en dinero cubre { $valued } de { $measured } objetivos medidos; los demás no tienen un valor por unidad acordado y se muestran en sus propias unidades.
note-no-usage = No se registró uso del producto en { $month }.
note-no-nps = No hay respuestas a encuestas NPS registradas para esta cuenta.
